package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** A database user of an Atlas project. */
@ResourceType(type = DatabaseUser.TYPE)
public class DatabaseUser extends CustomResource {

    static final String TYPE = "mongodbatlas:index/databaseUser:DatabaseUser";

    public DatabaseUser(String name, DatabaseUserArgs args, @Nullable CustomResourceOptions options) {
        // The published SDK's secret outputs; neither is exported here, but both are kept in the state.
        super(TYPE, name, args,
                ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options, "password", "passwordWo"));
    }
}
