package dev.unspin.engine;

import java.util.Locale;

/**
 * A restoration that would be longer than {@link Engine#LARGEST_RESTORATION}: a dictionary whose
 * replacements are far longer than the phrasings they replace, met many times, would otherwise
 * fill the memory. Names the entry that grows the text most.
 */
public final class RestorationTooLargeException extends RuntimeException {
    RestorationTooLargeException(long length, Replaceable mostGrowing) {
        super(String.format(Locale.ROOT, "the restoration would have %,d characters, more than the %,d unspin makes:"
                        + " the dictionary's entry '%s' turns a match of %,d into %,d characters",
                length, Engine.LARGEST_RESTORATION, mostGrowing.entryId(), mostGrowing.end() - mostGrowing.start(),
                mostGrowing.replacement().length()));
    }
}
