package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserRoleArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserScopeArgs;

import javax.annotation.Nullable;
import java.util.List;

/** Inputs of {@link DatabaseUser}. */
public final class DatabaseUserArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    @Import(name = "username", required = true)
    private @Nullable Output<String> username;

    @Import(name = "password")
    private @Nullable Output<String> password;

    /** "admin" for SCRAM (password) users. */
    @Import(name = "authDatabaseName", required = true)
    private @Nullable Output<String> authDatabaseName;

    @Import(name = "roles", required = true)
    private @Nullable Output<List<DatabaseUserRoleArgs>> roles;

    @Import(name = "scopes")
    private @Nullable Output<List<DatabaseUserScopeArgs>> scopes;

    private DatabaseUserArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseUserArgs args = new DatabaseUserArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder username(Output<String> username) {
            args.username = username;
            return this;
        }

        public Builder username(String username) {
            return username(Output.of(username));
        }

        /** Sent as a secret whatever its source, as the published SDK does, so it is encrypted in the state. */
        public Builder password(Output<String> password) {
            args.password = password.asSecret();
            return this;
        }

        public Builder authDatabaseName(Output<String> authDatabaseName) {
            args.authDatabaseName = authDatabaseName;
            return this;
        }

        public Builder authDatabaseName(String authDatabaseName) {
            return authDatabaseName(Output.of(authDatabaseName));
        }

        public Builder roles(Output<List<DatabaseUserRoleArgs>> roles) {
            args.roles = roles;
            return this;
        }

        public Builder roles(DatabaseUserRoleArgs... roles) {
            return roles(Output.of(List.of(roles)));
        }

        public Builder scopes(Output<List<DatabaseUserScopeArgs>> scopes) {
            args.scopes = scopes;
            return this;
        }

        public Builder scopes(DatabaseUserScopeArgs... scopes) {
            return scopes(Output.of(List.of(scopes)));
        }

        public DatabaseUserArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("DatabaseUserArgs", "projectId");
            }
            if (args.username == null) {
                throw new MissingRequiredPropertyException("DatabaseUserArgs", "username");
            }
            if (args.authDatabaseName == null) {
                throw new MissingRequiredPropertyException("DatabaseUserArgs", "authDatabaseName");
            }
            if (args.roles == null) {
                throw new MissingRequiredPropertyException("DatabaseUserArgs", "roles");
            }
            return args;
        }
    }
}
