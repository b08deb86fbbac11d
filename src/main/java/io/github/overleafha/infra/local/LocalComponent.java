package io.github.overleafha.infra.local;

import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.infra.Component;

/**
 * A component of the local stack. Its containers, volumes and network have fixed names and addresses, which Docker
 * allows only once per host: a replacement can only be created after the old one is gone.
 */
abstract class LocalComponent extends Component {

    protected LocalComponent(String type, String name, ComponentResourceOptions options) {
        super("local:" + type, name, options);
    }

    /** A child that holds a name or address on the host, created after {@code dependencies}. */
    protected CustomResourceOptions uniqueOnHost(Resource... dependencies) {
        return CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).dependsOn(dependencies).build();
    }

    /** A volume holding users' data: it must survive a mistaken destroy or replacement. */
    protected CustomResourceOptions protectedData() {
        return CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).protect(true).build();
    }
}
