package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** A cluster or Atlas Data Federation instance a database user is limited to. */
public final class DatabaseUserScopeArgs extends ResourceArgs {

    @Import(name = "name")
    private @Nullable Output<String> name;

    /** The kind of thing {@code name} names, e.g. CLUSTER. */
    @Import(name = "type")
    private @Nullable Output<String> type;

    private DatabaseUserScopeArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseUserScopeArgs args = new DatabaseUserScopeArgs();

        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder type(Output<String> type) {
            args.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public DatabaseUserScopeArgs build() {
            return args;
        }
    }
}
