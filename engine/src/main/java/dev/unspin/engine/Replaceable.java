package dev.unspin.engine;

/** A span of a text to replace by its preferred original: a finding, in the prose or in its source. */
public interface Replaceable {
    int start();

    int end();

    String replacement();

    /** The id of the entry that proposed it, for messages. */
    String entryId();
}
