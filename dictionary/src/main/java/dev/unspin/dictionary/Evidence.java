package dev.unspin.dictionary;

/** Where an entry's spun phrasing was seen: a source (usually a seed file name) and a 1-based line. */
public record Evidence(String source, int line) {
    @Override
    public String toString() {
        return source + ":" + line;
    }
}
