package dev.unspin.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (file systems, credentials given as spark.hadoop.*), broadcast to
 * the tasks that open input files; each executor rebuilds the configuration once.
 */
final class HadoopSettings implements Serializable {
    private final Map<String, String> settings = new HashMap<>();
    private transient volatile Configuration configuration;

    HadoopSettings(Configuration driver) {
        driver.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    }

    Configuration configuration() {
        Configuration built = configuration;
        if (built == null) {
            built = new Configuration(false);
            settings.forEach(built::set);
            configuration = built;
        }
        return built;
    }
}
