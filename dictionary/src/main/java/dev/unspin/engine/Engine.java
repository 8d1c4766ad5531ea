package dev.unspin.engine;

import dev.unspin.dictionary.Confidence;
import dev.unspin.dictionary.Dictionary;
import dev.unspin.dictionary.Entry;
import dev.unspin.nlp.LanguageAnalyzer;
import dev.unspin.nlp.OpenNlpAnalyzer;
import dev.unspin.text.Gap;
import dev.unspin.text.Normalizer;
import dev.unspin.text.Token;
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
    }

    /** This engine with findings beyond the dictionary's added by the given supplement. */
    public Engine withSupplement(FindingSupplement supplement) {
        return new Engine(dictionary, index, analyzer, supplement);
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** Every spun phrasing in the text, in text order, not overlapping. */
    public List<Finding> find(String text) {
        return supplement.supplement(text, findInDictionary(text));
    }

    private List<Finding> findInDictionary(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        DocumentContext document = new DocumentContext(text, tokens, analyzer);
        char apostrophe = dominantApostrophe(text);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = longestAt(document, i);
            if (match == null) {
                i++;
            } else {
                findings.add(finding(text, tokens, match, apostrophe));
                i = match.last + 1;
            }
        }
        return findings;
    }

    /**
     * How strongly the document's findings, all of them, say it was spun. The methods without a
     * minimum confidence show what this evidence warrants.
     */
    public SpinEvidence evidence(String text) {
        return SpinEvidence.of(DocumentReport.wordCount(text), find(text));
    }

    /**
     * The findings the document's evidence warrants (see {@link SpinEvidence#minimumShown()}), with
     * the document's word count and spin score.
     */
    public DocumentReport report(String text) {
        return reportByEvidence(text).report();
    }

    /** As {@link #report(String)}, with the least sure confidence the evidence let through. */
    public EvidenceReport reportByEvidence(String text) {
        List<Finding> all = find(text);
        int words = DocumentReport.wordCount(text);
        Confidence minimum = SpinEvidence.of(words, all).minimumShown();
        return new EvidenceReport(new DocumentReport(words, atLeast(all, minimum)), minimum);
    }

    /** The text with the findings its evidence warrants replaced by their preferred original. */
    public Restoration restore(String text) {
        List<Finding> applied = reportByEvidence(text).report().findings();
        return new Restoration(apply(text, applied), applied);
    }

    private static List<Finding> atLeast(List<Finding> findings, Confidence minimum) {
        return findings.stream().filter(f -> f.confidence().atLeast(minimum)).toList();
    }

    /**
     * The findings of at least the given confidence, with the document's word count and spin score.
     * A fixed minimum overrides the document's evidence.
     */
    public DocumentReport report(String text, Confidence minimum) {
        return DocumentReport.of(text, find(text, minimum));
    }

    /** The findings of at least the given confidence, whatever the document's evidence. */
    public List<Finding> find(String text, Confidence minimum) {
        return atLeast(find(text), minimum);
    }

    /**
     * The text with the findings of at least the given confidence replaced by their preferred
     * original, whatever the document's evidence.
     */
    public Restoration restore(String text, Confidence minimum) {
        List<Finding> applied = find(text, minimum);
        return new Restoration(apply(text, applied), applied);
    }

    /** Replaces each finding (which must not overlap, in text order) by its preferred original. */
    public static String apply(String text, List<Finding> findings) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int position = 0;
        for (Finding finding : findings) {
            out.append(text, position, finding.start()).append(finding.replacement());
            position = finding.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    private record Match(int first, int last, Entry entry) {
    }

    private Match longestAt(DocumentContext document, int first) {
        String text = document.text();
        List<Token> tokens = document.tokens();
        Match best = null;
        PhraseIndex.Node node = index.root().child(tokens.get(first).normalized());
        int last = first;
        while (node != null) {
            for (PhraseIndex.Phrase phrase : node.phrases()) {
                if (caseMatches(tokens, first, phrase) && phrase.entry().conditionsHold(new MatchSite(document, first, last))) {
                    best = new Match(first, last, phrase.entry());
                    break;
                }
            }
            if (++last >= tokens.size()) {
                break;
            }
            String key = PhraseIndex.key(Gap.between(text, tokens.get(last - 1).end(), tokens.get(last).start()), tokens.get(last));
            node = key == null ? null : node.child(key);
        }
        return best;
    }

    /** A capitalised entry matches text written the same way or in all capitals. */
    private static boolean caseMatches(List<Token> tokens, int first, PhraseIndex.Phrase phrase) {
        if (!phrase.entry().caseSensitive()) {
            return true;
        }
        boolean same = true;
        boolean allUpper = true;
        for (int k = 0; k < phrase.tokens().size(); k++) {
            String surface = Normalizer.foldOnly(tokens.get(first + k).text());
            same &= surface.equals(phrase.tokens().get(k));
            allUpper &= surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        }
        return same || allUpper;
    }

    private static Finding finding(String text, List<Token> tokens, Match match, char apostrophe) {
        int start = tokens.get(match.first).start();
        int end = tokens.get(match.last).end();
        String surface = text.substring(start, end);
        List<String> replacements = match.entry.originals().stream()
                .map(original -> CaseTransfer.apply(surface, match.entry.spun(), original, apostrophe))
                .toList();
        return new Finding(start, end, surface, replacements, match.entry);
    }

    /** The apostrophe the text mostly uses, so that replacements match its typography. */
    static char dominantApostrophe(String text) {
        int straight = 0;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                straight++;
            } else if (c == '\u2019') {
                curly++;
            }
        }
        return curly > straight ? '\u2019' : '\'';
    }
}
