package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;
import java.util.List;

/** Where an Atlas alert is sent: a project role group, an email address, ... */
public final class AlertConfigurationNotificationArgs extends ResourceArgs {

    @Import(name = "typeName", required = true)
    private @Nullable Output<String> typeName;

    @Import(name = "emailAddress")
    private @Nullable Output<String> emailAddress;

    @Import(name = "roles")
    private @Nullable Output<List<String>> roles;

    @Import(name = "emailEnabled")
    private @Nullable Output<Boolean> emailEnabled;

    @Import(name = "smsEnabled")
    private @Nullable Output<Boolean> smsEnabled;

    @Import(name = "intervalMin")
    private @Nullable Output<Integer> intervalMin;

    @Import(name = "delayMin")
    private @Nullable Output<Integer> delayMin;

    private AlertConfigurationNotificationArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AlertConfigurationNotificationArgs args = new AlertConfigurationNotificationArgs();

        public Builder typeName(Output<String> typeName) {
            args.typeName = typeName;
            return this;
        }

        public Builder typeName(String typeName) {
            return typeName(Output.of(typeName));
        }

        public Builder emailAddress(Output<String> emailAddress) {
            args.emailAddress = emailAddress;
            return this;
        }

        public Builder emailAddress(String emailAddress) {
            return emailAddress(Output.of(emailAddress));
        }

        public Builder roles(Output<List<String>> roles) {
            args.roles = roles;
            return this;
        }

        public Builder roles(String... roles) {
            return roles(Output.of(List.of(roles)));
        }

        public Builder emailEnabled(Output<Boolean> emailEnabled) {
            args.emailEnabled = emailEnabled;
            return this;
        }

        public Builder emailEnabled(Boolean emailEnabled) {
            return emailEnabled(Output.of(emailEnabled));
        }

        public Builder smsEnabled(Output<Boolean> smsEnabled) {
            args.smsEnabled = smsEnabled;
            return this;
        }

        public Builder smsEnabled(Boolean smsEnabled) {
            return smsEnabled(Output.of(smsEnabled));
        }

        public Builder intervalMin(Output<Integer> intervalMin) {
            args.intervalMin = intervalMin;
            return this;
        }

        public Builder intervalMin(Integer intervalMin) {
            return intervalMin(Output.of(intervalMin));
        }

        public Builder delayMin(Output<Integer> delayMin) {
            args.delayMin = delayMin;
            return this;
        }

        public Builder delayMin(Integer delayMin) {
            return delayMin(Output.of(delayMin));
        }

        public AlertConfigurationNotificationArgs build() {
            if (args.typeName == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationNotificationArgs", "typeName");
            }
            return args;
        }
    }
}
