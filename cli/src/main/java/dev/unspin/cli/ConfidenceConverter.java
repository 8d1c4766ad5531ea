package dev.unspin.cli;

import dev.unspin.dictionary.Confidence;
import picocli.CommandLine;

/** Parses a confidence option value, naming the accepted values when it is wrong. */
public final class ConfidenceConverter implements CommandLine.ITypeConverter<Confidence> {
    @Override
    public Confidence convert(String value) {
        return Confidence.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a confidence: use certain, likely or possible"));
    }
}
