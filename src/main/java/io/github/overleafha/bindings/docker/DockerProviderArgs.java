package io.github.overleafha.bindings.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs of {@link DockerProvider}: one registry login; everything else keeps the provider's defaults. */
public final class DockerProviderArgs extends ResourceArgs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The provider's list of registry logins, as JSON text with the schema's property names. */
    @Import(name = "registryAuth")
    private Output<String> registryAuth;

    private DockerProviderArgs() {
    }

    /** Log in to the registry at {@code address} (e.g. quay.io) as {@code username}. */
    public static DockerProviderArgs registryLogin(String address, String username, Output<String> password) {
        var args = new DockerProviderArgs();
        args.registryAuth = password.applyValue(secret -> {
            Map<String, String> login = new LinkedHashMap<>();
            login.put("address", address);
            login.put("username", username);
            login.put("password", secret);
            try {
                return JSON.writeValueAsString(List.of(login));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a list of one map of strings always serialises", e);
            }
        }).asSecret();
        return args;
    }
}
