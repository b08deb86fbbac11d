package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** A built-in or custom role a database user holds on one database. */
public final class DatabaseUserRoleArgs extends ResourceArgs {

    @Import(name = "roleName", required = true)
    private @Nullable Output<String> roleName;

    @Import(name = "databaseName", required = true)
    private @Nullable Output<String> databaseName;

    private DatabaseUserRoleArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseUserRoleArgs args = new DatabaseUserRoleArgs();

        public Builder roleName(Output<String> roleName) {
            args.roleName = roleName;
            return this;
        }

        public Builder roleName(String roleName) {
            return roleName(Output.of(roleName));
        }

        public Builder databaseName(Output<String> databaseName) {
            args.databaseName = databaseName;
            return this;
        }

        public Builder databaseName(String databaseName) {
            return databaseName(Output.of(databaseName));
        }

        public DatabaseUserRoleArgs build() {
            if (args.roleName == null) {
                throw new MissingRequiredPropertyException("DatabaseUserRoleArgs", "roleName");
            }
            if (args.databaseName == null) {
                throw new MissingRequiredPropertyException("DatabaseUserRoleArgs", "databaseName");
            }
            return args;
        }
    }
}
