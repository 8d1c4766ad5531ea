#!/usr/bin/env bash
# Tests the editor clients in real editors against the real server jar:
#   Neovim (headless) and Emacs (batch, eglot) open a spun seed article, check every diagnostic
#   against the engine, change a setting (minConfidence certain: the engine's certain findings) and
#   change it back, ask for the code actions at the cursor as the editor does and take the first,
#   apply one quick fix and the restore-all action, save, and the file must
#   equal the reference restoration byte for byte; then the same with emoji before a spun phrasing;
#   then a dictionary file (*.unspin): its lint diagnostic where `unspin dict check` puts it, the
#   entry hover with its attestation, and no diagnostic once the entry is fixed.
#   VS Code: the .vsix is built and inspected, and its bundle loaded under Node with a stub vscode.
# Installs what is missing (neovim, emacs-nox, elpa-eglot from apt; npm ci), builds the jar if needed.
# Any failure exits non-zero; nothing is skipped.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$root/cli/target/unspin.jar"
seed=nytimes-2024-05-31-blinken-prague-ukraine-weapons.txt
# The one quick fix, chosen by its title: "capability" on line 14, whose entry (told apart from
# "capability" => "capacity" by the word before it) restores "ability"; restoring all the rest
# must then give the reference exactly.
export FIX_LINE=14 FIX_SPUN=capability FIX_TITLE='Replace “capability” with “ability”'
# The dictionary file: line 4 is an identity entry (one lint error on "mentioned"), DICT_FIXED
# replaces it; the hover on line 2 must name the entry's evidence.
export DICT_SPUN=mentioned DICT_FIXED='  mentioned => said ; likely' HOVER_LINE=2 \
  HOVER_TEXT='Attested in spun-a.txt (lines 4, 9) and spun-b.txt (line 2)'

step() { printf '\n--- editors: %s ---\n' "$*"; }
fail() { echo "editor-clients/test-all.sh: $*" >&2; exit 1; }
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo

step "tools"
missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || missing+=(elpa-eglot)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from apt"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v node >/dev/null || fail "Node.js 20 or newer is needed for the VS Code extension and is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || fail "Node.js 20 or newer is needed (found $(node --version))"
nvim --version | head -1; emacs --version | head -1; echo "node $(node --version)"

step "server jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main "$root/dictionary/data" \
      -newer "$jar" -print -quit)" ]; then
  echo "building $jar"
  mvn -B -q -f "$root/pom.xml" -pl cli -am -DskipTests package
fi
ls -l "$jar"

work="$(mktemp -d /tmp/unspin-editors.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$work"

step "expected findings, from the engine (tools/ExpectedFindings.java)"
printf '\xf0\x9f\x9a\x80\xf0\x9f\x9a\x80 Mr. Biden was about to make a serious coverage shift.\n' > emoji.txt
java -cp "$jar" "$here/tools/ExpectedFindings.java" "$root/seeds/spun/$seed" > expected.tsv
java -cp "$jar" "$here/tools/ExpectedFindings.java" "$root/seeds/spun/$seed" certain > expected-certain.tsv
java -cp "$jar" "$here/tools/ExpectedFindings.java" emoji.txt > emoji-expected.tsv
# The editor checks in the fast mode by default, so its restore is compared with the CLI's fast mode.
java -jar "$jar" restore --fast emoji.txt > emoji-restored.txt
# A document with more findings than the server's 1,000 diagnostics, for Restore all past the cap.
for copy in 1 2 3 4 5 6 7 8; do cat "$root/seeds/spun/$seed"; printf '\n\n'; done > long.txt
java -jar "$jar" restore --fast long.txt > long-restored.txt
long_findings="$(java -cp "$jar" "$here/tools/ExpectedFindings.java" long.txt | wc -l)"
[ "$long_findings" -gt 1500 ] || fail "the long document has $long_findings findings, not more than 1,500"
[ -s expected.tsv ] || fail "the engine finds nothing in $seed"
[ "$(wc -l < emoji-expected.tsv)" -eq 1 ] || fail "the emoji document should have one finding: $(cat emoji-expected.tsv)"
grep -q "^$((FIX_LINE - 1))	[0-9]*	[0-9]*	[0-9]*	[^	]*	$FIX_SPUN\$" expected.tsv \
  || fail "the engine no longer flags \"$FIX_SPUN\" on line $FIX_LINE: update FIX_* in this script"
[ -s expected-certain.tsv ] && [ "$(wc -l < expected-certain.tsv)" -lt "$(wc -l < expected.tsv)" ] \
  || fail "the settings change needs some but not all findings in $seed to be certain"
echo "$(wc -l < expected.tsv) findings in $seed ($(wc -l < expected-certain.tsv) certain); emoji document: $(cut -f1-4,6 emoji-expected.tsv)"

step "expected dictionary lint, from 'unspin dict check'"
printf '# editor test dictionary\ncoverage shift => policy shift ; certain ; seen: spun-a.txt:4,9 spun-b.txt:2\n\n  %s => Mentioned ; likely\n' \
  "$DICT_SPUN" > test.unspin
! java -jar "$jar" dict check test.unspin > dict-check.txt 2>&1 || fail "'unspin dict check' passes the test dictionary"
# "test.unspin:4:3: error: MESSAGE [code]" -> line, column, severity, code, message
sed -n 's/^test\.unspin:\([0-9]*\):\([0-9]*\): \([a-z]*\): \(.*\) \[\([a-z-]*\)\]$/\1\t\2\t\3\t\5\t\4/p' \
  dict-check.txt > dict-expected.tsv
[ "$(cut -f1-4 dict-expected.tsv)" = "$(printf '4\t3\terror\tidentity')" ] \
  || fail "'unspin dict check' should find one identity error at 4:3 in the test dictionary: $(cat dict-expected.tsv)"
sed "4s/.*/$DICT_FIXED/" test.unspin > fixed.unspin
java -jar "$jar" dict check fixed.unspin | grep -q '^0 errors, 0 warnings' \
  || fail "the fixed test dictionary is not clean: $(java -jar "$jar" dict check fixed.unspin 2>&1)"
echo "test.unspin: $(cut -f1-4 dict-expected.tsv | tr '\t' ' ')"

# Runs one editor's end-to-end test on fresh copies, then compares the saved files byte for byte.
run_editor() {
  local name="$1"; shift
  mkdir "$name"
  cp "$root/seeds/spun/$seed" "$name/$seed"
  cp emoji.txt "$name/emoji.txt"
  cp long.txt "$name/long.txt"
  cp test.unspin "$name/test.unspin"
  chmod u+w "$name/$seed" "$name/emoji.txt" "$name/long.txt" # the copies are the editors' to save, whatever the checkout's modes
  (cd "$name" && UNSPIN_JAR="$jar" SPUN="$work/$name/$seed" EXPECTED="$work/expected.tsv" \
     EXPECTED_CERTAIN="$work/expected-certain.tsv" \
     EMOJI="$work/$name/emoji.txt" EMOJI_EXPECTED="$work/emoji-expected.tsv" LONG="$work/$name/long.txt" \
     DICT="$work/$name/test.unspin" DICT_EXPECTED="$work/dict-expected.tsv" timeout 180 "$@" </dev/null) \
    || fail "$name: the end-to-end test failed (exit $?)"
  cmp "$name/$seed" "$root/seeds/restored/$seed" \
    || fail "$name: the saved article differs from seeds/restored/$seed"
  cmp "$name/emoji.txt" emoji-restored.txt || fail "$name: the saved emoji document differs from 'unspin restore'"
  echo "$name: saved files equal the reference restorations"
}

step "Neovim (headless)"
PLUGIN="$here/neovim" run_editor neovim nvim --headless --clean -n --cmd "set rtp^=$here/neovim" \
  -c "luafile $here/neovim/test/e2e.lua"
cmp neovim/long.txt long-restored.txt \
  || fail "neovim: Restore all on $long_findings findings differs from 'unspin restore'"
echo "neovim: Restore all on $long_findings findings equals 'unspin restore'"

step "Emacs (batch, eglot)"
emacs -Q --batch --eval "(progn (setq package-directory-list '(\"/usr/share/emacs/site-lisp/elpa\"))
  (package-initialize) (setq byte-compile-error-on-warn t) (setq byte-compile-dest-file-function
  (lambda (f) (concat \"$work/\" (file-name-nondirectory f) \"c\"))))" -L "$here/emacs" -f batch-byte-compile \
  "$here/emacs/unspin-dictionary-mode.el" "$here/emacs/unspin.el" \
  || fail "emacs: unspin.el or unspin-dictionary-mode.el does not byte-compile cleanly"
PLUGIN="$here/emacs" run_editor emacs emacs -Q --batch -l "$here/emacs/test/e2e.el"

step "VS Code (.vsix build and inspection)"
cd "$here/vscode"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
UNSPIN_JAR="$jar" npm run -s package </dev/null
UNSPIN_JAR="$jar" node test/inspect-vsix.mjs

step "all editor tests passed"
