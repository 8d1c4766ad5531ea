package dev.unspin.engine;

import java.util.List;

/**
 * Adds findings the dictionary has no entry for, such as unseen swaps proposed from a thesaurus.
 * It sees the dictionary's findings so that it only looks where they leave the text alone.
 */
@FunctionalInterface
public interface FindingSupplement {
    /** No additions: the dictionary alone. */
    FindingSupplement NONE = (text, found) -> found;

    /** The dictionary's findings with any additions, in text order, not overlapping. */
    List<Finding> supplement(String text, List<Finding> found);
}
