package dev.unspin.engine;

import dev.unspin.dictionary.Condition;
import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.io.BoundedRead;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.text.Gap;
import dev.unspin.text.Normalizer;
import dev.unspin.text.TokenSpans;
import dev.unspin.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds spun phrasings in text and restores them. Matching is leftmost-longest over tokens: at
 * each token the longest phrasing whose conditions hold wins, and matching resumes after it.
 * Thread-safe once built.
 */
public final class Engine {
    private final Dictionary dictionary;
    private final PhraseIndex index;
    private final Supplier<LanguageAnalyzer> analyzer;
    private final FindingSupplement supplement;
    private final EditRecheck edits;

    /** An engine that analyses text with OpenNLP, loading its models only when a condition first needs them. */
    public Engine(Dictionary dictionary) {
        this(dictionary, OpenNlpAnalyzer::shared);
    }

    /** An engine with its own analyzer, asked for only when a condition needs linguistic context. */
    public Engine(Dictionary dictionary, Supplier<LanguageAnalyzer> analyzer) {
        this(dictionary, new PhraseIndex(dictionary.entries()), analyzer, FindingSupplement.NONE);
    }

    private Engine(Dictionary dictionary, PhraseIndex index, Supplier<LanguageAnalyzer> analyzer,
            FindingSupplement supplement) {
        this.dictionary = dictionary;
        this.index = index;
        this.analyzer = analyzer;
        this.supplement = supplement;
        this.edits = new EditRecheck(this, reach(dictionary));
    }

    /** This engine with findings beyond the dictionary's added by the given supplement. */
    public Engine withSupplement(FindingSupplement supplement) {
        return new Engine(dictionary, index, analyzer, supplement);
    }

    /** How many words either side of a match any condition looks at (at least the neighbouring token). */
    private static int reach(Dictionary dictionary) {
        int reach = 1;
        for (Entry entry : dictionary.entries()) {
            for (Condition condition : entry.conditions()) {
                if (condition instanceof Condition.Nearby nearby) {
                    reach = Math.max(reach, nearby.window());
                } else if (condition instanceof Condition.Neighbour neighbour) {
                    for (String words : neighbour.words()) {
                        reach = Math.max(reach, words.split(" ").length);
                    }
                }
            }
        }
        return reach;
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** Every spun phrasing in the text, in text order, not overlapping. */
    public List<Finding> find(String text) {
        return scan(text).findings();
    }

    /**
     * How strongly the document's findings, all of them, say it was spun. The methods without a
     * minimum confidence show what this evidence warrants.
     */
    public SpinEvidence evidence(String text) {
        return scan(text).evidence();
    }

    /**
     * The findings the document's evidence warrants (see {@link ShownConfidence}), with the
     * document's word count and spin score.
     */
    public DocumentReport report(String text) {
        return report(text, ShownConfidence.BY_EVIDENCE);
    }

    /** The findings the given choice of confidence shows, with the document's word count. */
    public DocumentReport report(String text, ShownConfidence shown) {
        Scan scan = scan(text);
        List<Finding> searched = scan.atLeast(shown.searched());
        return new DocumentReport(scan.words(), scan.atLeast(shown.shown(scan.words(), searched)));
    }

    /** The text with the findings its evidence warrants replaced by their preferred original. */
    public Restoration restore(String text) {
        List<Finding> applied = report(text).findings();
        return new Restoration(apply(text, applied), applied);
    }

    /**
     * The findings of at least the given confidence, with the document's word count and spin score.
     * A fixed minimum overrides the document's evidence.
     */
    public DocumentReport report(String text, Confidence minimum) {
        Scan scan = scan(text);
        return new DocumentReport(scan.words(), scan.atLeast(minimum));
    }

    /** The findings of at least the given confidence, whatever the document's evidence. */
    public List<Finding> find(String text, Confidence minimum) {
        return scan(text).atLeast(minimum);
    }

    /**
     * The findings of at least the given confidence in an edited text, given those of the text
     * before the edit (as {@link #find(String, Confidence)} returned them): the same list, found
     * by matching again only the paragraphs near the edit. For editors, which check on every change.
     */
    public List<Finding> findAfterEdit(String oldText, List<Finding> oldFindings, String newText, Confidence minimum) {
        return findAfterEdit(TextChange.between(oldText, newText), oldFindings, minimum);
    }

    /** As {@link #findAfterEdit(String, List, String, Confidence)}, for a change already worked out. */
    public List<Finding> findAfterEdit(TextChange change, List<Finding> oldFindings, Confidence minimum) {
        // A supplement's own context reach is unknown here: with one, the whole text is checked.
        List<Finding> findings = supplement == FindingSupplement.NONE ? edits.find(change, oldFindings, minimum) : null;
        return findings != null ? findings : find(change.newText(), minimum);
    }

    /**
     * The text with the findings of at least the given confidence replaced by their preferred
     * original, whatever the document's evidence.
     */
    public Restoration restore(String text, Confidence minimum) {
        List<Finding> applied = find(text, minimum);
        return new Restoration(apply(text, applied), applied);
    }

    /** One pass over a document: all its findings and its word count, from a single tokenization. */
    private record Scan(int words, List<Finding> findings) {
        SpinEvidence evidence() {
            return SpinEvidence.of(words, findings);
        }

        List<Finding> atLeast(Confidence minimum) {
            return findings.stream().filter(f -> f.confidence().atLeast(minimum)).toList();
        }
    }

    private Scan scan(String text) {
        TokenSpans tokens = Tokenizer.spans(text);
        int[] ids = new int[tokens.size()];
        Vocabulary vocabulary = index.vocabulary();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.id(tokens, i);
        }
        DocumentContext document = new DocumentContext(text, tokens, ids, analyzer);
        ApostropheStyle apostrophes = new ApostropheStyle(tokens);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        int free = 0; // the first token no finding covers
        while (i < ids.length) {
            Match match = index.start(ids[i]) == PhraseIndex.NONE ? null : longestAt(document, ids, i);
            if (match == null) {
                i++;
            } else {
                findings.add(finding(document, match, apostrophes, free));
                i = match.last + 1;
                free = i;
            }
        }
        return new Scan(tokens.wordCount(), supplement.supplement(text, findings));
    }

    /**
     * The longest restoration made: as many characters as the longest input unspin reads has bytes,
     * so that no restoration of a text unspin accepts can be refused for its own length, unless a
     * dictionary's replacements are far longer than what they replace.
     */
    public static final long LARGEST_RESTORATION = BoundedRead.LIMIT;

    /**
     * Replaces each finding (which must not overlap, in text order) by its preferred original.
     *
     * @throws RestorationTooLargeException if the result would be longer than {@link #LARGEST_RESTORATION}
     */
    public static String apply(String text, List<? extends Replaceable> findings) {
        long length = text.length();
        Replaceable mostGrowing = null;
        for (Replaceable finding : findings) {
            int growth = finding.replacement().length() - (finding.end() - finding.start());
            length += growth;
            if (mostGrowing == null || growth > mostGrowing.replacement().length() - (mostGrowing.end() - mostGrowing.start())) {
                mostGrowing = finding;
            }
        }
        if (length > LARGEST_RESTORATION) {
            throw new RestorationTooLargeException(length, mostGrowing);
        }
        StringBuilder out = new StringBuilder((int) length);
        int position = 0;
        for (Replaceable finding : findings) {
            out.append(text, position, finding.start()).append(finding.replacement());
            position = finding.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    private record Match(int first, int last, PhraseIndex.Phrase phrase) {
    }

    private Match longestAt(DocumentContext document, int[] ids, int first) {
        String text = document.text();
        TokenSpans tokens = document.tokens();
        Match best = null;
        int node = index.start(ids[first]);
        int last = first;
        while (node != PhraseIndex.NONE) {
            PhraseIndex.Phrase[] phrases = index.phrases(node);
            if (phrases != null) {
                for (PhraseIndex.Phrase phrase : phrases) {
                    if (caseMatches(document, first, phrase) && phrase.conditionsHold(new MatchSite(document, first, last))) {
                        best = new Match(first, last, phrase);
                        break;
                    }
                }
            }
            if (++last >= ids.length) {
                break;
            }
            Gap gap = Gap.between(text, tokens.end(last - 1), tokens.start(last));
            node = gap == Gap.BREAK ? PhraseIndex.NONE : index.next(node, ids[last], gap == Gap.SPACE);
        }
        return best;
    }

    /** A capitalised entry matches text written the same way or in all capitals. */
    private static boolean caseMatches(DocumentContext document, int first, PhraseIndex.Phrase phrase) {
        if (!phrase.caseSensitive()) {
            return true;
        }
        boolean same = true;
        boolean allUpper = true;
        for (int k = 0; k < phrase.tokens().size(); k++) {
            TokenSpans tokens = document.tokens();
            String surface = Normalizer.foldOnly(document.text().substring(tokens.start(first + k), tokens.end(first + k)));
            same &= surface.equals(phrase.tokens().get(k));
            allUpper &= surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        }
        return same || allUpper;
    }

    private static Finding finding(DocumentContext document, Match match, ApostropheStyle apostrophes, int free) {
        String text = document.text();
        int start = document.tokens().start(match.first);
        int end = document.tokens().end(match.last);
        String surface = text.substring(start, end);
        Entry entry = match.phrase.entry();
        List<String> originals = entry.originals();
        String[] replacements = new String[originals.size()];
        for (int k = 0; k < replacements.length; k++) {
            String replacement = CaseTransfer.apply(surface, entry.spun(), originals.get(k));
            replacements[k] = match.phrase.apostrophes() ? apostrophes.apply(replacement) : replacement;
        }
        Finding finding = new Finding(start, end, surface, List.of(replacements), entry);
        return IndefiniteArticle.takeIn(document, finding, match.first, free);
    }
}
