package dev.unspin.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The document formats unspin can check, each with its way of finding the prose to check. */
public enum DocumentFormat {
    PLAIN_TEXT("plaintext") {
        @Override
        public CheckableText extract(String source) {
            return PlainTextExtractor.extract(source);
        }
    },
    MARKDOWN("markdown") {
        @Override
        public CheckableText extract(String source) {
            return new MarkdownExtractor(source).extract();
        }
    },
    HTML("html") {
        @Override
        public CheckableText extract(String source) {
            return new HtmlExtractor(source).extract();
        }

        @Override
        public String escape(String replacement) {
            return replacement.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    };

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    /** The name used in configuration, the same as the LSP language id: plaintext, markdown or html. */
    public String id() {
        return id;
    }

    /** The prose of the source and its offset map. */
    public abstract CheckableText extract(String source);

    /** A replacement as it must be written into a source of this format. */
    public String escape(String replacement) {
        return replacement;
    }

    public static Optional<DocumentFormat> parse(String id) {
        for (DocumentFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format each file extension means unless a user says otherwise (the editor's {@code fileTypes}). */
    public static final Map<String, DocumentFormat> BY_EXTENSION = Map.of("txt", PLAIN_TEXT, "text", PLAIN_TEXT,
            "md", MARKDOWN, "markdown", MARKDOWN, "html", HTML, "htm", HTML, "xhtml", HTML);

    /** The format a file name's extension means by default: .txt, .text, .md, .markdown, .html, .htm, .xhtml. */
    public static Optional<DocumentFormat> forFileName(String name) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(name)));
    }

    /** A file name's extension, lower case, without the dot; empty when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot <= folder ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
