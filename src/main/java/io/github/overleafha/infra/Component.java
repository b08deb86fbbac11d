package io.github.overleafha.infra;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.bindings.random.RandomPassword;
import io.github.overleafha.bindings.random.RandomPasswordArgs;
import io.github.overleafha.core.SharedSecret;

import java.util.Map;
import java.util.TreeMap;

/**
 * Base of the program's components: one per role of the reference architecture, so {@code pulumi up} shows a
 * readable tree. Children are parented here and named after the component, which keeps names unique per stack.
 */
public abstract class Component extends ComponentResource {

    private final String baseName;

    protected Component(String type, String name, ComponentResourceOptions options) {
        super("overleaf-ha:" + type, name, options);
        this.baseName = name;
    }

    /** A child's name: the component's name and a suffix. */
    protected String childName(String suffix) {
        return baseName + "-" + suffix;
    }

    protected CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    protected CustomResourceOptions childAfter(Resource... dependencies) {
        return CustomResourceOptions.builder().parent(this).dependsOn(dependencies).build();
    }

    /**
     * Options for a child holding data. Normally protected: Pulumi refuses to delete or replace it. With
     * {@code retainOnDestroy} (the config key retainDataOnDestroy) it is retained instead: {@code pulumi destroy}
     * and a replacement remove it from the stack but leave it, and its data, in the cloud.
     */
    protected CustomResourceOptions dataChild(boolean retainOnDestroy, Resource... dependencies) {
        return dataChildOptions(retainOnDestroy, dependencies).build();
    }

    /** The options of {@link #dataChild}, for a child that needs more (a provider of its own). */
    protected CustomResourceOptions.Builder dataChildOptions(boolean retainOnDestroy, Resource... dependencies) {
        return CustomResourceOptions.builder().parent(this).protect(!retainOnDestroy).retainOnDelete(retainOnDestroy)
                .dependsOn(dependencies);
    }

    /**
     * A secret of {@link SharedSecret#LENGTH} letters and digits, generated once and kept in the stack's state.
     * Without special characters it needs no escaping in URLs or env files and meets ElastiCache's AUTH rules.
     */
    protected Output<String> generatedSecret(String suffix) {
        return generatedSecret(suffix, SharedSecret.LENGTH);
    }

    /** The same with {@code length} characters, for systems that limit it (MinIO's keys). */
    protected Output<String> generatedSecret(String suffix, int length) {
        return new RandomPassword(childName(suffix), RandomPasswordArgs.builder()
                .length(length)
                .special(false)
                .build(), child()).result();
    }

    protected ComponentResourceOptions childComponent() {
        return ComponentResourceOptions.builder().parent(this).build();
    }

    /** Tags for a child AWS resource: its Name plus the stack's common tags. */
    protected static Map<String, String> tags(StackTags common, String name) {
        Map<String, String> tags = new TreeMap<>(common.values());
        tags.put("Name", name);
        return tags;
    }
}
