package dev.unspin.io;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Names the temporary files that atomic writes go through: {@code .NAME.unspin-tmp-DIGITS} beside
 * the file being written. The leading dot hides them, and the fixed infix lets a later run
 * recognise ones a killed run left behind and never mistake them for articles.
 */
public final class TempFiles {
    public static final String INFIX = ".unspin-tmp-";
    private static final Pattern NAME = Pattern.compile("\\..+" + Pattern.quote(INFIX) + "[0-9]+");

    private TempFiles() {
    }

    /**
     * The prefix given to {@link java.nio.file.Files#createTempFile}, which appends the digits. A
     * name that the locale's character set cannot decode (non-ASCII under {@code LANG=C}) reads
     * with U+FFFD in it and could not be made into a path: those characters become '_'.
     */
    static String prefixFor(Path target) {
        return prefixFor(target.getFileName().toString());
    }

    static String prefixFor(String name) {
        return "." + name.replace('\uFFFD', '_') + INFIX;
    }

    public static boolean isTempFile(Path file) {
        Path name = file.getFileName();
        return name != null && NAME.matcher(name.toString()).matches();
    }
}
