package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** An Atlas project's alert: an event or a metric threshold, and who is notified. */
@ResourceType(type = AlertConfiguration.TYPE)
public class AlertConfiguration extends CustomResource {

    static final String TYPE = "mongodbatlas:index/alertConfiguration:AlertConfiguration";

    public AlertConfiguration(String name, AlertConfigurationArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }
}
