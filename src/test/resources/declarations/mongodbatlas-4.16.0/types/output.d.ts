import * as outputs from "../types/output";
export interface AdvancedClusterAdvancedConfiguration {
    /**
     * The minimum pre- and post-image retention time in seconds.
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s: string[];
    /**
     * The custom OpenSSL cipher suite list for TLS 1.3. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls13s: string[];
    /**
     * Default time limit in milliseconds for individual read operations to complete. This parameter is supported only for MongoDB version 8.0 and above.
     */
    defaultMaxTimeMs: number;
    /**
     * Default level of acknowledgment requested from MongoDB for write operations when none is specified by the driver.
     */
    defaultWriteConcern: string;
    /**
     * Flag that indicates whether the cluster allows execution of operations that perform server-side executions of JavaScript. When using 8.0+, we recommend disabling server-side JavaScript and using operators of aggregation pipeline as more performant alternative.
     */
    javascriptEnabled: boolean;
    /**
     * Minimum Transport Layer Security (TLS) version that the cluster accepts for incoming connections. Clusters using TLS 1.0 or 1.1 should consider setting TLS 1.2 as the minimum TLS protocol version.
     */
    minimumEnabledTlsProtocol: string;
    /**
     * Flag that indicates whether the cluster disables executing any query that requires a collection scan to return results.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours. Once this attribute has been set to a non-null value, removing it from your configuration or setting it to `null` will retain the last applied value rather than reverting to the default value. To disable this setting, check the [MongoDB documentation](https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-storage.oplogMinRetentionHours) for the specific value to use (currently `0`).
     */
    oplogMinRetentionHours: number;
    /**
     * Storage limit of cluster's oplog expressed in megabytes. A value of null indicates that the cluster uses the default oplog size that MongoDB Cloud calculates.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3. To unset, this should be set back to `DEFAULT`.
     */
    tlsCipherConfigMode: string;
    /**
     * Lifetime, in seconds, of multi-document transactions. Atlas considers the transactions that exceed this limit as expired and so aborts them through a periodic cleanup process.
     */
    transactionLifetimeLimitSeconds: number;
}
export interface AdvancedClusterBiConnectorConfig {
    /**
     * Specifies whether or not BI Connector for Atlas is enabled on the cluster.
     * *
     * - Set to `true` to enable BI Connector for Atlas.
     * - Set to `false` to disable BI Connector for Atlas.
     */
    enabled: boolean;
    /**
     * Specifies the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     *
     * - Set to "primary" to have BI Connector for Atlas read from the primary.
     *
     * - Set to "secondary" to have BI Connector for Atlas read from a secondary member. Default if there are no analytics nodes in the cluster.
     *
     * - Set to "analytics" to have BI Connector for Atlas read from an analytics node. Default if the cluster contains analytics nodes.
     */
    readPreference: string;
}
export interface AdvancedClusterConnectionStrings {
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    private: string;
    /**
     * Private endpoint connection strings. Each object describes the connection strings you can use to connect to this cluster through a private endpoint. Atlas returns this parameter only if you deployed a private endpoint to all regions to which you deployed this cluster's nodes.
     * - `connection_strings.private_endpoint[#].connection_string` - Private-endpoint-aware `mongodb://`connection string for this private endpoint.
     * - `connection_strings.private_endpoint[#].srv_connection_string` - Private-endpoint-aware `mongodb+srv://` connection string for this private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in DNS . Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don't need to: Append the seed list or Change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn't, use `connection_strings.private_endpoint[#].connection_string`
     * - `connection_strings.private_endpoint[#].srv_shard_optimized_connection_string` - Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster support it. If it doesn't, use and consult the documentation for `connection_strings.private_endpoint[#].srv_connection_string`.
     * - `connection_strings.private_endpoint[#].type` - Type of MongoDB process that you connect to with the connection strings. Atlas returns `MONGOD` for replica sets, or `MONGOS` for sharded clusters.
     * - `connection_strings.private_endpoint[#].endpoints` - Private endpoint through which you connect to Atlas when you use `connection_strings.private_endpoint[#].connection_string` or `connection_strings.private_endpoint[#].srv_connection_string`
     * - `connection_strings.private_endpoint[#].endpoints[#].endpoint_id` - Unique identifier of the private endpoint.
     * - `connection_strings.private_endpoint[#].endpoints[#].provider_name` - Cloud provider to which you deployed the private endpoint. Atlas returns `AWS` or `AZURE`.
     * - `connection_strings.private_endpoint[#].endpoints[#].region` - Region to which you deployed the private endpoint.
     */
    privateEndpoints: outputs.AdvancedClusterConnectionStringsPrivateEndpoint[];
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb+srv://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    privateSrv: string;
    /**
     * Public mongodb:// connection string for this cluster.
     */
    standard: string;
    /**
     * Public mongodb+srv:// connection string for this cluster. The mongodb+srv protocol tells the driver to look up the seed list of hosts in DNS. Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don’t need to append the seed list or change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn’t  , use connectionStrings.standard.
     */
    standardSrv: string;
}
export interface AdvancedClusterConnectionStringsPrivateEndpoint {
    /**
     * Private endpoint-aware connection string that uses the `mongodb://` protocol to connect to MongoDB Cloud through a private endpoint.
     */
    connectionString: string;
    /**
     * List that contains the private endpoints through which you connect to MongoDB Cloud when you use **connectionStrings.privateEndpoint[n].connectionString** or **connectionStrings.privateEndpoint[n].srvConnectionString**.
     */
    endpoints: outputs.AdvancedClusterConnectionStringsPrivateEndpointEndpoint[];
    /**
     * Private endpoint-aware connection string that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in the Domain Name System (DNS). This list synchronizes with the nodes in a cluster. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to append the seed list or change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application supports it. If it doesn't, use connectionStrings.privateEndpoint[n].connectionString.
     */
    srvConnectionString: string;
    /**
     * Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster supports it. If it doesn't, use and consult the documentation for connectionStrings.privateEndpoint[n].srvConnectionString.
     */
    srvShardOptimizedConnectionString: string;
    /**
     * MongoDB process type to which your application connects. Use `MONGOD` for replica sets and `MONGOS` for sharded clusters.
     */
    type: string;
}
export interface AdvancedClusterConnectionStringsPrivateEndpointEndpoint {
    /**
     * Unique string that the cloud provider uses to identify the private endpoint.
     */
    endpointId: string;
    /**
     * Cloud provider in which MongoDB Cloud deploys the private endpoint.
     */
    providerName: string;
    /**
     * Region where the private endpoint is deployed.
     */
    region: string;
}
export interface AdvancedClusterPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z"). Note that this field cannot exceed 4 weeks from the pinned date.
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface AdvancedClusterReplicationSpec {
    /**
     * A key-value map of the Network Peering Container ID(s) for the configuration specified in region_configs. The Container ID is the id of the container created when the first cluster in the region (AWS/Azure) or project (GCP) was created.
     */
    containerId: {
        [key: string]: string;
    };
    /**
     * Unique 24-hexadecimal digit string that identifies the replication object for a shard in a Cluster. This value corresponds to Shard ID displayed in the UI.
     */
    externalId: string;
    /**
     * Configuration for the hardware specifications for nodes set for a given region. Each `regionConfigs` object describes the region's priority in elections and the number and type of MongoDB nodes that Atlas deploys to the region. Each `regionConfigs` object must have either an `analyticsSpecs` object, `electableSpecs` object, or `readOnlySpecs` object. See region_configs.
     */
    regionConfigs: outputs.AdvancedClusterReplicationSpecRegionConfig[];
    /**
     * Unique 24-hexadecimal digit string that identifies the zone in a Global Cluster. If clusterType is GEOSHARDED, this value indicates the zone that the given shard belongs to and can be used to configure Global Cluster backup policies.
     */
    zoneId: string;
    /**
     * Name for the zone in a Global Cluster.
     */
    zoneName: string;
}
export interface AdvancedClusterReplicationSpecRegionConfig {
    /**
     * Configuration for the Collection of settings that configures analytics-auto-scaling information for the cluster. The values for the `analyticsAutoScaling` attribute must be the same for all `regionConfigs` of a cluster. See below.
     */
    analyticsAutoScaling: outputs.AdvancedClusterReplicationSpecRegionConfigAnalyticsAutoScaling;
    /**
     * Hardware specifications for [analytics nodes](https://www.mongodb.com/docs/atlas/reference/faq/deployment/#std-label-analytics-nodes-overview) needed in the region. Analytics nodes handle analytic data such as reporting queries from BI Connector for Atlas. Analytics nodes are read-only and can never become the [primary](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-primary). If you don't specify this parameter, no analytics nodes deploy to this region. See below.
     */
    analyticsSpecs: outputs.AdvancedClusterReplicationSpecRegionConfigAnalyticsSpecs;
    /**
     * Configuration for the collection of settings that configures auto-scaling information for the cluster. The values for the `autoScaling` attribute must be the same for all `regionConfigs` of a cluster. See below.
     */
    autoScaling: outputs.AdvancedClusterReplicationSpecRegionConfigAutoScaling;
    /**
     * Cloud service provider on which you provision the host for a multi-tenant cluster. Use this only when the `providerName` is `TENANT` and `instanceSize` is `M0`, or when the `providerName` is `FLEX`.
     */
    backingProviderName?: string;
    /**
     * Hardware specifications for electable nodes in the region. All `electableSpecs` in the `regionConfigs` of a `replicationSpecs` must have the same `instanceSize`. Electable nodes can become the [primary](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-primary) and can enable local reads. If you do not specify this option, no electable nodes are deployed to the region. See below.
     */
    electableSpecs: outputs.AdvancedClusterReplicationSpecRegionConfigElectableSpecs;
    /**
     * Election priority of the region. For regions with only read-only nodes, set this value to 0.
     * * If you have multiple `regionConfigs` objects (your cluster is multi-region or multi-cloud), they must have priorities in descending order. The highest priority is 7.
     * * If your region has set `region_configs[#].electable_specs.node_count` to 1 or higher, it must have a priority of exactly one (1) less than another region in the `replication_specs[#].region_configs[#]` array. The highest-priority region must have a priority of 7. The lowest possible priority is 1.
     * * If several `regionConfigs` objects share the same priority, such as regions with only read-only or analytics nodes that have a priority of 0, list them in reverse alphabetical order by `regionName`. See the note at the beginning of this section.
     */
    priority: number;
    /**
     * Cloud service provider on which the servers are provisioned.
     * The possible values are:
     * - `AWS` - Amazon AWS
     * - `GCP` - Google Cloud Platform
     * - `AZURE` - Microsoft Azure
     * - `TENANT` - M0 multi-tenant cluster. Use `replication_specs.[0].region_configs[0].backing_provider_name` to set the cloud service provider.
     * - `FLEX` - Flex cluster. Use `replication_specs.[0].region_configs[0].backing_provider_name` to set the cloud service provider.
     */
    providerName: string;
    /**
     * Hardware specifications for read-only nodes in the region. All `readOnlySpecs` in the `regionConfigs` of a `replicationSpecs` must have the same `instanceSize` as `electableSpecs`. Read-only nodes can become the [primary](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-primary) and can enable local reads. If you don't specify this parameter, no read-only nodes are deployed to the region. See below.
     */
    readOnlySpecs: outputs.AdvancedClusterReplicationSpecRegionConfigReadOnlySpecs;
    /**
     * Physical location of your MongoDB cluster. The region you choose can affect network latency for clients accessing your databases.  Requires the **Atlas region name**, see the reference list for [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     *
     * For the list of AWS regions that support [Gen2](https://www.mongodb.com/docs/atlas/manage-clusters/#gen2-dedicated-clusters) instance sizes, see [Supported AWS Regions](https://www.mongodb.com/docs/atlas/reference/amazon-aws/#supported-regions). For the list of GCP regions that support Gen2 instance sizes, see [Supported GCP Regions](https://www.mongodb.com/docs/atlas/reference/google-gcp/#supported-regions).
     *
     * Gen2 clusters can span regions only if every region you deploy to supports Gen2 instance sizes on the cluster's cloud provider. Gen2 clusters don't support multi-cloud deployments.
     */
    regionName: string;
}
export interface AdvancedClusterReplicationSpecRegionConfigAnalyticsAutoScaling {
    /**
     * Flag that indicates whether analytics instance size auto-scaling is enabled. This parameter defaults to false. If a sharded cluster is making use of the New Sharding Configuration, auto-scaling of analytics instance size will be independent for each individual shard. Please reference the Use Auto-Scaling Per Shard section for more details.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40). Atlas requires this parameter if `replication_specs[#].region_configs[#].analytics_auto_scaling.compute_enabled` is true.
     *
     * **Note:** The configuration options and considerations for analytics auto-scaling are similar to those described in auto_scaling. When using `useEffectiveFields = true`, you can read scaled values using `effectiveAnalyticsSpecs` in the data source. When not using `useEffectiveFields`, you may need lifecycle ignore customizations for `analyticsSpecs` fields similar to the example shown in the autoScaling section.
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10). Atlas requires this parameter if `replication_specs[#].region_configs[#].analytics_auto_scaling.compute_scale_down_enabled` is true.
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down. Atlas requires this parameter if `replication_specs[#].region_configs[#].analytics_auto_scaling.compute_enabled` : true. If you enable this option, specify a value for `replication_specs[#].region_configs[#].analytics_auto_scaling.compute_min_instance_size`.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling. The maximum memory allowed for the selected cluster tier and the oplog size can limit storage auto-scaling. This parameter defaults to `false`.
     * - To set `diskGbEnabled` to `false`, Atlas requires `advanced_configuration.oplog_min_retention_hours` to be `0` (which disables minimum oplog retention, see [MongoDB documentation](https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-storage.oplogMinRetentionHours)) on the server. If it is still non-zero, the API responds with `OPLOG_MIN_RETENTION_HOURS_NO_DISK_AUTO_SCALING` (HTTP 400).
     * - Cluster updates are applied before process arguments, so setting `advanced_configuration.oplog_min_retention_hours` to `0` in the same `apply` as disabling disk auto-scaling does not prevent the error.
     * - Workaround: Run `apply` twice. First set `advanced_configuration.oplog_min_retention_hours` to `0` and apply. Then set `diskGbEnabled` to `false` and apply again.
     */
    diskGbEnabled: boolean;
}
export interface AdvancedClusterReplicationSpecRegionConfigAnalyticsSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. You can set this attribute if you selected AWS, GCP, or Azure as your cloud service provider.
     *
     * For AWS, valid configurations are:
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `STANDARD`: configurable between 3000 and 80000 IOPS.
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `HIGH_PERFORMANCE`: configurable within the allowable range for the selected volume size.
     * * For Gen1 instance sizes (`M30` or greater, not including `Mxx_NVME` tiers) with `ebsVolumeType` set to `PROVISIONED`: configurable within the allowable range for the selected volume size.
     *
     * For GCP, you can set this attribute only for Gen2 instance sizes (`M30_GEN_2` or greater), which use Hyperdisk Balanced storage. Gen1 instance sizes don't support configurable IOPS. The valid range depends on `diskSizeGb` and the selected instance size:
     * * The minimum value is the greater of 3000 and three times `diskSizeGb`.
     * * The maximum value is the lesser of 500 times `diskSizeGb` and the maximum IOPS for the selected instance size, up to 160000 IOPS.
     *
     * For Azure (Gen1 only; Azure doesn't support Gen2), `instanceSize` must be set to `M40` or greater (not including `Mxx_NVME` tiers), and the region must support Extended IOPS. You can't set this attribute for a multi-cloud cluster.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. This value must be equal for all shards and node types. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier. **Note:** On AWS, using `diskSizeGb` with Standard IOPS could lead to errors and configuration issues. Therefore, on AWS, use `diskSizeGb` only with the Provisioned IOPS volume type; with Provisioned IOPS, `diskSizeGb` specifies the storage capacity while the IOPS are set independently. On GCP, `diskSizeGb` is always required input, since it determines the valid `diskIops` range for Gen2 instance sizes.
     */
    diskSizeGb: number;
    /**
     * Type of storage you want to attach to your AWS-provisioned cluster. Set only if you selected AWS as your cloud service provider. You can't set this parameter for a multi-cloud cluster. Don't set this parameter for GCP or Azure clusters. Valid values are:
     * * `STANDARD` volume types use gp3 storage. For Gen2 instance sizes, you can configure IOPS independently of storage size using `diskIops`.
     * * `PROVISIONED` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen1 instance sizes support this value.
     * * `HIGH_PERFORMANCE` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen2 instance sizes support this value.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region. Each instance size has a default storage and memory capacity. The instance size you select applies to all the data-bearing hosts in your instance size. Electable nodes and read-only nodes (known as "base nodes") within a single shard must use the same instance size. Analytics nodes can scale independently from base nodes within a shard. Both base nodes and analytics nodes can scale independently from their equivalents in other shards.
     *
     * Cluster tier names in the `instanceSize` attribute are prepended with `R` instead of `M` if they run a low-CPU version of the cluster, for example `R40`. For a complete list of Low-CPU instance clusters see Cluster Configuration Options under each [Cloud Provider](https://www.mongodb.com/docs/atlas/reference/cloud-providers).
     *
     * [Gen2](https://www.mongodb.com/docs/atlas/manage-clusters/#gen2-dedicated-clusters) instance sizes use the `_GEN_2` suffix, for example `M30_GEN_2`. AWS and GCP support Gen2 instance sizes. Azure doesn't support Gen2 instance sizes.
     *
     * GCP supports the following Gen2 instance sizes: `M30_GEN_2`, `M40_GEN_2`, `M50_GEN_2`, `M60_GEN_2`, `M80_GEN_2`, `M140_GEN_2`, `M200_GEN_2`, `R40_GEN_2`, `R50_GEN_2`, `R60_GEN_2`, `R80_GEN_2`, `R200_GEN_2`, `R300_GEN_2`, and `R400_GEN_2`. GCP doesn't support `Mxx_NVME` Gen2 instance sizes.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface AdvancedClusterReplicationSpecRegionConfigAutoScaling {
    /**
     * Flag that indicates whether instance size auto-scaling is enabled. This parameter defaults to false. If a sharded cluster is making use of the New Sharding Configuration, auto-scaling of the instance size will be independent for each individual shard. Please reference the Use Auto-Scaling Per Shard section for more details.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40). Atlas requires this parameter if `replication_specs[#].region_configs[#].auto_scaling.compute_enabled` is true.
     *
     * > **NOTE:** MongoDB recommends enabling both [cluster tier (compute) and storage auto-scaling](https://www.mongodb.com/docs/atlas/cluster-autoscaling/#cluster-tier-and-cluster-storage-might-scale-in-parallel) together for optimal performance and cost efficiency. When only one type of auto-scaling is enabled, Atlas may still adjust both compute and storage resources to maintain optimal cluster performance. See the [Atlas Auto-Scaling documentation](https://www.mongodb.com/docs/atlas/cluster-autoscaling/) and [Scalability Best Practices](https://www.mongodb.com/docs/atlas/architecture/current/scalability/#all-deployment-paradigm-recommendations) for more information.
     *
     * When auto-scaling is enabled, there are two approaches to manage your cluster configuration with Terraform:
     *
     * **Option 1 (Recommended):** Use `useEffectiveFields = true` to enable the new effective fields behavior. With this option, Atlas-managed auto-scaling changes won't cause plan drift, eliminating the need for `lifecycle` ignore customizations. When either compute or disk auto-scaling is enabled (or both), all three fields (`instanceSize`, `diskSizeGb`, and `diskIops`) are ignored in the Terraform configuration, as Atlas may adjust any of these resources to maintain optimal cluster performance. You can read the actual scaled values using the `effectiveElectableSpecs` and `effectiveReadOnlySpecs` attributes in the `mongodbatlas.AdvancedCluster` data source. See Auto-Scaling with Effective Fields for details.
     *
     * **Important:** If you're enabling this flag on an existing cluster that has `lifecycle.ignore_changes` blocks for spec fields, enable the flag and remove the blocks in the same apply. The blocks are no longer needed and may interfere with the new behavior. If you previously removed `readOnlySpecs` or `analyticsSpecs` attributes, you may encounter a validation error. This is a safety check to prevent accidental node loss. To resolve: add the blocks back (to keep nodes) or with `nodeCount = 0` (to delete nodes), apply without toggling the flag, then toggle in a separate apply.
     *
     * To manually update `instanceSize`, `diskSizeGb`, or `diskIops` with Option 1, you must temporarily disable auto-scaling. See Manually Updating Specs with useEffectiveFields for the detailed workflow.
     *
     * **Option 2:** If not using `useEffectiveFields`, use a lifecycle ignore customization to prevent unintended changes. When auto-scaling is enabled, you must ignore all three fields (`instanceSize`, `diskSizeGb`, and `diskIops`) as Atlas may adjust any of these resources regardless of which auto-scaling type is enabled.
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10). Atlas requires this parameter if `replication_specs[#].region_configs[#].auto_scaling.compute_scale_down_enabled` is true.
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down. Atlas requires this parameter if `replication_specs[#].region_configs[#].auto_scaling.compute_enabled` : true. If you enable this option, specify a value for `replication_specs[#].region_configs[#].auto_scaling.compute_min_instance_size`.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling. The maximum memory allowed for the selected cluster tier and the oplog size can limit storage auto-scaling. This parameter defaults to `false`.
     * - To set `diskGbEnabled` to `false`, Atlas requires `advanced_configuration.oplog_min_retention_hours` to be `0` (which disables minimum oplog retention, see [MongoDB documentation](https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-storage.oplogMinRetentionHours)) on the server. If it is still non-zero, the API responds with `OPLOG_MIN_RETENTION_HOURS_NO_DISK_AUTO_SCALING` (HTTP 400).
     * - Cluster updates are applied before process arguments, so setting `advanced_configuration.oplog_min_retention_hours` to `0` in the same `apply` as disabling disk auto-scaling does not prevent the error.
     * - Workaround: Run `apply` twice. First set `advanced_configuration.oplog_min_retention_hours` to `0` and apply. Then set `diskGbEnabled` to `false` and apply again.
     */
    diskGbEnabled: boolean;
}
export interface AdvancedClusterReplicationSpecRegionConfigElectableSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. You can set this attribute if you selected AWS, GCP, or Azure as your cloud service provider.
     *
     * For AWS, valid configurations are:
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `STANDARD`: configurable between 3000 and 80000 IOPS.
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `HIGH_PERFORMANCE`: configurable within the allowable range for the selected volume size.
     * * For Gen1 instance sizes (`M30` or greater, not including `Mxx_NVME` tiers) with `ebsVolumeType` set to `PROVISIONED`: configurable within the allowable range for the selected volume size.
     *
     * For GCP, you can set this attribute only for Gen2 instance sizes (`M30_GEN_2` or greater), which use Hyperdisk Balanced storage. Gen1 instance sizes don't support configurable IOPS. The valid range depends on `diskSizeGb` and the selected instance size:
     * * The minimum value is the greater of 3000 and three times `diskSizeGb`.
     * * The maximum value is the lesser of 500 times `diskSizeGb` and the maximum IOPS for the selected instance size, up to 160000 IOPS.
     *
     * For Azure (Gen1 only; Azure doesn't support Gen2), `instanceSize` must be set to `M40` or greater (not including `Mxx_NVME` tiers), and the region must support Extended IOPS. You can't set this attribute for a multi-cloud cluster.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. This value must be equal for all shards and node types. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier. **Note:** On AWS, using `diskSizeGb` with Standard IOPS could lead to errors and configuration issues. Therefore, on AWS, use `diskSizeGb` only with the Provisioned IOPS volume type; with Provisioned IOPS, `diskSizeGb` specifies the storage capacity while the IOPS are set independently. On GCP, `diskSizeGb` is always required input, since it determines the valid `diskIops` range for Gen2 instance sizes.
     */
    diskSizeGb: number;
    /**
     * Type of storage you want to attach to your AWS-provisioned cluster. Set only if you selected AWS as your cloud service provider. You can't set this parameter for a multi-cloud cluster. Don't set this parameter for GCP or Azure clusters. Valid values are:
     * * `STANDARD` volume types use gp3 storage. For Gen2 instance sizes, you can configure IOPS independently of storage size using `diskIops`.
     * * `PROVISIONED` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen1 instance sizes support this value.
     * * `HIGH_PERFORMANCE` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen2 instance sizes support this value.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region. Each instance size has a default storage and memory capacity. The instance size you select applies to all the data-bearing hosts in your instance size. Electable nodes and read-only nodes (known as "base nodes") within a single shard must use the same instance size. Analytics nodes can scale independently from base nodes within a shard. Both base nodes and analytics nodes can scale independently from their equivalents in other shards.
     *
     * Cluster tier names in the `instanceSize` attribute are prepended with `R` instead of `M` if they run a low-CPU version of the cluster, for example `R40`. For a complete list of Low-CPU instance clusters see Cluster Configuration Options under each [Cloud Provider](https://www.mongodb.com/docs/atlas/reference/cloud-providers).
     *
     * [Gen2](https://www.mongodb.com/docs/atlas/manage-clusters/#gen2-dedicated-clusters) instance sizes use the `_GEN_2` suffix, for example `M30_GEN_2`. AWS and GCP support Gen2 instance sizes. Azure doesn't support Gen2 instance sizes.
     *
     * GCP supports the following Gen2 instance sizes: `M30_GEN_2`, `M40_GEN_2`, `M50_GEN_2`, `M60_GEN_2`, `M80_GEN_2`, `M140_GEN_2`, `M200_GEN_2`, `R40_GEN_2`, `R50_GEN_2`, `R60_GEN_2`, `R80_GEN_2`, `R200_GEN_2`, `R300_GEN_2`, and `R400_GEN_2`. GCP doesn't support `Mxx_NVME` Gen2 instance sizes.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface AdvancedClusterReplicationSpecRegionConfigReadOnlySpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. You can set this attribute if you selected AWS, GCP, or Azure as your cloud service provider.
     *
     * For AWS, valid configurations are:
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `STANDARD`: configurable between 3000 and 80000 IOPS.
     * * For Gen2 instance sizes (`M30_GEN_2` or greater) with `ebsVolumeType` set to `HIGH_PERFORMANCE`: configurable within the allowable range for the selected volume size.
     * * For Gen1 instance sizes (`M30` or greater, not including `Mxx_NVME` tiers) with `ebsVolumeType` set to `PROVISIONED`: configurable within the allowable range for the selected volume size.
     *
     * For GCP, you can set this attribute only for Gen2 instance sizes (`M30_GEN_2` or greater), which use Hyperdisk Balanced storage. Gen1 instance sizes don't support configurable IOPS. The valid range depends on `diskSizeGb` and the selected instance size:
     * * The minimum value is the greater of 3000 and three times `diskSizeGb`.
     * * The maximum value is the lesser of 500 times `diskSizeGb` and the maximum IOPS for the selected instance size, up to 160000 IOPS.
     *
     * For Azure (Gen1 only; Azure doesn't support Gen2), `instanceSize` must be set to `M40` or greater (not including `Mxx_NVME` tiers), and the region must support Extended IOPS. You can't set this attribute for a multi-cloud cluster. This parameter defaults to the cluster tier's standard IOPS value.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. This value must be equal for all shards and node types. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier. **Note:** On AWS, using `diskSizeGb` with Standard IOPS could lead to errors and configuration issues. Therefore, on AWS, use `diskSizeGb` only with the Provisioned IOPS volume type; with Provisioned IOPS, `diskSizeGb` specifies the storage capacity while the IOPS are set independently. On GCP, `diskSizeGb` is always required input, since it determines the valid `diskIops` range for Gen2 instance sizes.
     */
    diskSizeGb: number;
    /**
     * Type of storage you want to attach to your AWS-provisioned cluster. Set only if you selected AWS as your cloud service provider. You can't set this parameter for a multi-cloud cluster. Don't set this parameter for GCP or Azure clusters. Valid values are:
     * * `STANDARD` volume types use gp3 storage. For Gen2 instance sizes, you can configure IOPS independently of storage size using `diskIops`.
     * * `PROVISIONED` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen1 instance sizes support this value.
     * * `HIGH_PERFORMANCE` volume types use io2 storage and must fall within the allowable IOPS range for the selected volume size. Only Gen2 instance sizes support this value.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region. Each instance size has a default storage and memory capacity. The instance size you select applies to all the data-bearing hosts in your instance size. Electable nodes and read-only nodes (known as "base nodes") within a single shard must use the same instance size. Analytics nodes can scale independently from base nodes within a shard. Both base nodes and analytics nodes can scale independently from their equivalents in other shards.
     *
     * Cluster tier names in the `instanceSize` attribute are prepended with `R` instead of `M` if they run a low-CPU version of the cluster, for example `R40`. For a complete list of Low-CPU instance clusters see Cluster Configuration Options under each [Cloud Provider](https://www.mongodb.com/docs/atlas/reference/cloud-providers).
     *
     * [Gen2](https://www.mongodb.com/docs/atlas/manage-clusters/#gen2-dedicated-clusters) instance sizes use the `_GEN_2` suffix, for example `M30_GEN_2`. AWS and GCP support Gen2 instance sizes. Azure doesn't support Gen2 instance sizes.
     *
     * GCP supports the following Gen2 instance sizes: `M30_GEN_2`, `M40_GEN_2`, `M50_GEN_2`, `M60_GEN_2`, `M80_GEN_2`, `M140_GEN_2`, `M200_GEN_2`, `R40_GEN_2`, `R50_GEN_2`, `R60_GEN_2`, `R80_GEN_2`, `R200_GEN_2`, `R300_GEN_2`, and `R400_GEN_2`. GCP doesn't support `Mxx_NVME` Gen2 instance sizes.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface AdvancedClusterTimeouts {
    /**
     * (String) A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    create?: string;
    /**
     * (String) A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `3h`.
     */
    delete?: string;
    /**
     * (String) A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    update?: string;
}
export interface AlertConfigurationMatcher {
    /**
     * Name of the field in the target object to match on.
     *
     * | Host alerts         | Replica set alerts  |  Sharded cluster alerts |
     * |:----------           |:-------------       |:------                 |
     * | `TYPE_NAME`         | `REPLICA_SET_NAME`  | `CLUSTER_NAME`          |
     * | `HOSTNAME`          | `SHARD_NAME`        | `SHARD_NAME`            |
     * | `PORT`              | `CLUSTER_NAME`      |                         |
     * | `HOSTNAME_AND_PORT` |                     |                         |
     * | `REPLICA_SET_NAME`  |                     |                         |
     *
     * All other types of alerts do not support matchers.
     */
    fieldName: string;
    operator: string;
    /**
     * Value to test with the specified operator. If `fieldName` is set to TYPE_NAME, you can match on the following values:
     * - `PRIMARY`
     * - `SECONDARY`
     * - `STANDALONE`
     * - `CONFIG`
     * - `MONGOS`
     */
    value: string;
}
export interface AlertConfigurationMetricThresholdConfig {
    /**
     * Name of the metric to check. The full list being quite large, please refer to atlas docs [here for general metrics](https://www.mongodb.com/docs/atlas/reference/alert-host-metrics/#measurement-types) and [here for serverless metrics](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-create-config/#serverless-measurements)
     */
    metricName: string;
    /**
     * This must be set to AVERAGE. Atlas computes the current metric value as an average.
     */
    mode?: string;
    operator?: string;
    threshold: number;
    units?: string;
}
export interface AlertConfigurationNotification {
    /**
     * Slack API token. Required for the SLACK notifications type. If the token later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    apiToken?: string;
    /**
     * Slack channel name. Required for the SLACK notifications type.
     */
    channelName?: string;
    /**
     * Datadog API Key. Found in the Datadog dashboard. Required for the DATADOG notifications type.
     */
    datadogApiKey?: string;
    /**
     * Region that indicates which API URL to use. See the `datadogRegion` field in the `notifications` request parameter of [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) for more details. The default Datadog region is US.
     */
    datadogRegion?: string;
    /**
     * Number of minutes to wait after an alert condition is detected before sending out the first notification.
     */
    delayMin: number;
    /**
     * Email address to which alert notifications are sent. Required for the EMAIL notifications type.
     */
    emailAddress?: string;
    /**
     * Flag indicating email notifications should be sent. This flag is only valid if `typeName` is set to `ORG`, `GROUP`, or `USER`.
     */
    emailEnabled: boolean;
    /**
     * The ID of the associated integration, the credentials of which to use for requests.
     */
    integrationId: string;
    /**
     * Number of minutes to wait between successive notifications for unacknowledged alerts that are not resolved. The minimum value is 5. **NOTE** `PAGER_DUTY`, `VICTOR_OPS`, and `OPS_GENIE` notifications do not return this value. The notification interval must be configured and managed within each external service.
     */
    intervalMin: number;
    /**
     * Microsoft Teams Webhook Uniform Resource Locator (URL) that MongoDB Cloud needs to send this notification via Microsoft Teams. Required if `typeName` is `MICROSOFT_TEAMS`. If the URL later becomes invalid, MongoDB Cloud sends an email to the project owners. If the key remains invalid, MongoDB Cloud removes it.
     */
    microsoftTeamsWebhookUrl?: string;
    /**
     * Mobile number to which alert notifications are sent. Required for the SMS notifications type.
     */
    mobileNumber?: string;
    /**
     * The notifier ID is a system-generated unique identifier assigned to each notification method. This is needed when updating third-party notifications without requiring explicit authentication credentials.
     */
    notifierId: string;
    /**
     * Opsgenie API Key. Required for the `OPS_GENIE` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    opsGenieApiKey?: string;
    /**
     * Region that indicates which API URL to use. Accepted regions are: `US` ,`EU`. The default Opsgenie region is US.
     */
    opsGenieRegion?: string;
    /**
     * Optional. One or more roles that receive the configured alert. If you include this field, Atlas sends alerts only to users assigned the roles you specify in the array. If you omit this field, Atlas sends alerts to users assigned any role. This parameter is only valid if `typeName` is set to `ORG`, `GROUP`, or `USER`.
     * Accepted values are:
     *
     * | Project roles                   | Organization roles  |
     * |:----------                      |:-----------         |
     * | `GROUP_CLUSTER_MANAGER`         | `ORG_OWNER`         |
     * | `GROUP_DATA_ACCESS_ADMIN`       | `ORG_MEMBER`        |
     * | `GROUP_DATA_ACCESS_READ_ONLY`   | `ORG_GROUP_CREATOR` |
     * | `GROUP_DATA_ACCESS_READ_WRITE`  | `ORG_BILLING_ADMIN` |
     * | `GROUP_OWNER`                   | `ORG_READ_ONLY`     |
     * | `GROUP_READ_ONLY`               |                     |
     */
    roles?: string[];
    /**
     * PagerDuty service key. Required for the PAGER_DUTY notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    serviceKey?: string;
    /**
     * Flag indicating if text message notifications should be sent to this user's mobile phone. This flag is only valid if `typeName` is set to `ORG`, `GROUP`, or `USER`.
     */
    smsEnabled: boolean;
    /**
     * Unique identifier of a team.
     */
    teamId?: string;
    /**
     * Label for the team that receives this notification.
     */
    teamName: string;
    /**
     * Type of alert notification.
     * Accepted values are:
     * - `DATADOG`
     * - `EMAIL`
     * - `GROUP` (Project)
     * - `OPS_GENIE`
     * - `ORG`
     * - `PAGER_DUTY`
     * - `SLACK`
     * - `SMS`
     * - `TEAM`
     * - `USER`
     * - `VICTOR_OPS`
     * - `WEBHOOK`
     * - `MICROSOFT_TEAMS`
     */
    typeName: string;
    /**
     * Name of the Atlas user to which to send notifications. Only a user in the project that owns the alert configuration is allowed here. Required for the `USER` notifications type.
     */
    username?: string;
    /**
     * VictorOps API key. Required for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsApiKey?: string;
    /**
     * VictorOps routing key. Optional for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsRoutingKey?: string;
    /**
     * Optional authentication secret for the `WEBHOOK` notifications type.
     */
    webhookSecret?: string;
    /**
     * Target URL  for the `WEBHOOK` notifications type.
     */
    webhookUrl?: string;
}
export interface AlertConfigurationThresholdConfig {
    operator?: string;
    threshold: number;
    units?: string;
}
export interface BackupCompliancePolicyOnDemandPolicyItem {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface BackupCompliancePolicyPolicyItemDaily {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface BackupCompliancePolicyPolicyItemHourly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface BackupCompliancePolicyPolicyItemMonthly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface BackupCompliancePolicyPolicyItemWeekly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface BackupCompliancePolicyPolicyItemYearly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface CloudBackupCollectionRestoreJobCollection {
    /**
     * Collection requested to restore, as `database.collection`.
     */
    sourceNamespace: string;
    /**
     * Requested target collection as `database.collection`; if empty, source namespace is used.
     */
    targetNamespace: string;
}
export interface CloudBackupCollectionRestoreJobDatabase {
    /**
     * Database name requested to restore.
     */
    sourceNamespace: string;
    /**
     * Requested target database name; if empty, source database name is used.
     */
    targetNamespace: string;
}
export interface CloudBackupCollectionRestoreJobIndexStatus {
    /**
     * Number of collections that failed to build indexes.
     */
    failedCollectionCount: number;
    /**
     * Index build state indicating the status of index creation during or after a restore operation.
     */
    state: string;
}
export interface CloudBackupCollectionRestoreJobTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    create?: string;
}
export interface CloudBackupScheduleCopySetting {
    /**
     * Human-readable label that identifies the cloud provider that stores the snapshot copy. i.e. "AWS" "AZURE" "GCP"
     */
    cloudProvider: string;
    /**
     * Copy-policy items when `copyPolicyItemsEnabled` is true. Mutually exclusive with `frequencies` and `lastNumberOfSnapshots`. See below.
     */
    copyPolicyItems?: outputs.CloudBackupScheduleCopySettingCopyPolicyItem[];
    /**
     * List that describes which types of snapshots to copy when `copyPolicyItemsEnabled` is false or omitted. Values: `HOURLY`, `DAILY`, `WEEKLY`, `MONTHLY`, `YEARLY`, `ON_DEMAND`. Mutually exclusive with `copyPolicyItems` and `lastNumberOfSnapshots` on the same entry. You can switch an entry from `frequencies` to `copyPolicyItems` or `lastNumberOfSnapshots` in one apply; the switch back is not possible because `copyPolicyItemsEnabled` cannot be turned off once it is `true`. Use `copyPolicyItems` or `lastNumberOfSnapshots` instead.
     *
     * @deprecated This parameter is deprecated. Please transition to `copyPolicyItems` or `lastNumberOfSnapshots`.
     */
    frequencies: string[];
    /**
     * Number of most recent snapshots to copy, from 1 to 500, when `copyPolicyItemsEnabled` is true. Mutually exclusive with `frequencies` and `copyPolicyItems`.
     */
    lastNumberOfSnapshots?: number;
    /**
     * Target region to copy snapshots belonging to replicationSpecId to. Please supply the 'Atlas Region' which can be found under https://www.mongodb.com/docs/atlas/reference/cloud-providers/ 'regions' link
     */
    regionName: string;
    /**
     * Flag that indicates whether to copy the oplogs to the target region. You can use the oplogs to perform point-in-time restores.
     */
    shouldCopyOplogs: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies the zone in a cluster. For global clusters, there can be multiple zones to choose from. For sharded clusters and replica set clusters, there is only one zone in the cluster. To find appropriate value for `zoneId`, do a GET request to Return One Cluster from One Project and consult the replicationSpecs array [Return One Cluster From One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-getcluster). Alternately, use `mongodbatlas.AdvancedCluster` data source or resource and reference `replication_specs.#.zone_id`.
     */
    zoneId: string;
}
export interface CloudBackupScheduleCopySettingCopyPolicyItem {
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     *
     * **Note** The write-only array `deleteCopiedBackups` is not supported in Terraform. Use the Atlas Admin API or Atlas CLI to manage that array. It is not the same as `deleteCopySnapshots` on the resource.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`. Required by the API except when `frequencyType` is `ondemand`.
     */
    retentionUnit?: string;
    /**
     * Value to associate with `retentionUnit`. Required by the API except when `frequencyType` is `ondemand`.
     */
    retentionValue?: number;
}
export interface CloudBackupScheduleExport {
    /**
     * Unique identifier of the mongodbatlas.CloudBackupSnapshotExportBucket export_bucket_id value.
     */
    exportBucketId: string;
    /**
     * Frequency associated with the export snapshot item: `weekly`, `monthly`, `yearly`, `daily` (requires reaching out to Customer Support)
     */
    frequencyType: string;
}
export interface CloudBackupSchedulePolicyItemDaily {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (daily in this case). The only supported value for daily policies is `1` day.
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For daily policies, the frequency type is defined as `daily`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.  Note that for less frequent policy items, Atlas requires that you specify a retention period greater than or equal to the retention period specified for more frequent policy items. For example: If the hourly policy item specifies a retention of two days, the daily retention policy must specify two days or greater.
     */
    retentionValue: number;
}
export interface CloudBackupSchedulePolicyItemHourly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (hourly in this case). The supported values for hourly policies are `1`, `2`, `4`, `6`, `8` or `12` hours. Note that `12` hours is the only accepted value for NVMe clusters.
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For hourly policies, the frequency type is defined as `hourly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface CloudBackupSchedulePolicyItemMonthly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (monthly in this case). The supported values for weekly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For monthly policies, the frequency type is defined as `monthly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Monthly policy must have retention days of at least 31 days or 5 weeks or 1 month. Note that for less frequent policy items, Atlas requires that you specify a retention period greater than or equal to the retention period specified for more frequent policy items. For example: If the weekly policy item specifies a retention of two weeks, the montly retention policy must specify two weeks or greater.
     */
    retentionValue: number;
}
export interface CloudBackupSchedulePolicyItemWeekly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (weekly in this case). The supported values for weekly policies are `1` through `7`, where `1` represents Monday and `7` represents Sunday.
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For weekly policies, the frequency type is defined as `weekly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Weekly policy must have retention of at least 7 days or 1 week. Note that for less frequent policy items, Atlas requires that you specify a retention period greater than or equal to the retention period specified for more frequent policy items. For example: If the daily policy item specifies a retention of two weeks, the weekly retention policy must specify two weeks or greater.
     */
    retentionValue: number;
}
export interface CloudBackupSchedulePolicyItemYearly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface CloudBackupSnapshotExportJobComponent {
    /**
     * _Returned for sharded clusters only._ Export job details for each replica set in the sharded cluster.
     */
    exportId: string;
    /**
     * _Returned for sharded clusters only._ Unique identifier of the export job for the replica set.
     */
    replicaSetName: string;
}
export interface CloudBackupSnapshotExportJobCustomData {
    /**
     * Required if you want to include custom data using `customData` in the metadata file uploaded to the bucket. Key to include in the metadata file that Atlas uploads to the bucket when the export job finishes.
     */
    key: string;
    /**
     * Required if you specify `key`.
     */
    value: string;
}
export interface CloudBackupSnapshotMember {
    /**
     * Cloud provider that stores this snapshot.
     */
    cloudProvider: string;
    /**
     * Unique identifier for the sharded cluster snapshot.
     */
    id: string;
    /**
     * Label given to a shard or config server from which Atlas took this snapshot.
     */
    replicaSetName: string;
}
export interface CloudBackupSnapshotRestoreJobDeliveryTypeConfig {
    automated?: boolean;
    download?: boolean;
    oplogInc?: number;
    oplogTs?: number;
    pointInTime?: boolean;
    pointInTimeUtcSeconds?: number;
    /**
     * Name of the target Atlas cluster to which the restore job restores the snapshot. Only visible if deliveryType is automated.
     */
    targetClusterName?: string;
    /**
     * Name of the target Atlas project of the restore job. Only visible if deliveryType is automated.
     */
    targetProjectId?: string;
}
export interface CloudProviderAccessAuthorizationAws {
    /**
     * ARN of the IAM Role that Atlas assumes when accessing resources in your AWS account. This value is required after the creation (register of the role) as part of [Set Up Unified AWS Access](https://www.mongodb.com/docs/atlas/security/set-up-unified-aws-access/#set-up-unified-aws-access).
     */
    iamAssumedRoleArn: string;
}
export interface CloudProviderAccessAuthorizationAzure {
    /**
     * Azure Active Directory Application ID of Atlas.
     */
    atlasAzureAppId: string;
    /**
     * UUID string that identifies the Azure Service Principal.
     */
    servicePrincipalId: string;
    /**
     * UUID String that identifies the Azure Active Directory Tenant ID.
     */
    tenantId: string;
}
export interface CloudProviderAccessAuthorizationFeatureUsage {
    featureId: {
        [key: string]: string;
    };
    featureType: string;
}
export interface CloudProviderAccessAuthorizationGcp {
    /**
     * Email address for the Google Service Account created by Atlas.
     */
    serviceAccountForAtlas: string;
}
export interface CloudProviderAccessSetupAwsConfig {
    /**
     * Unique external ID Atlas uses when assuming the IAM role in your AWS account.
     */
    atlasAssumedRoleExternalId: string;
    /**
     * ARN associated with the Atlas AWS account used to assume IAM roles in your AWS account.
     */
    atlasAwsAccountArn: string;
}
export interface CloudProviderAccessSetupAzureConfig {
    /**
     * Azure Active Directory Application ID of Atlas. This property is required when `providerName = "AZURE".`
     */
    atlasAzureAppId: string;
    /**
     * UUID string that identifies the Azure Service Principal. This property is required when `providerName = "AZURE".`
     */
    servicePrincipalId: string;
    /**
     * UUID String that identifies the Azure Active Directory Tenant ID. This property is required when `providerName = "AZURE".`
     */
    tenantId: string;
}
export interface CloudProviderAccessSetupGcpConfig {
    /**
     * The GCP service account email that Atlas uses.
     */
    serviceAccountForAtlas: string;
    /**
     * The status of the GCP cloud provider access setup. See [MongoDB Atlas API](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-getgroupcloudprovideraccess#operation-getgroupcloudprovideraccess-200-body-application-vnd-atlas-2023-01-01-json-gcp-object-status).
     */
    status: string;
}
export interface CloudUserOrgAssignmentRoles {
    /**
     * One or more organization level roles to assign the MongoDB Cloud user.
     */
    orgRoles?: string[];
    /**
     * List of project level role assignments to assign the MongoDB Cloud user.
     */
    projectRoleAssignments: outputs.CloudUserOrgAssignmentRolesProjectRoleAssignment[];
}
export interface CloudUserOrgAssignmentRolesProjectRoleAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies the project to which these roles belong.
     */
    projectId: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    projectRoles: string[];
}
export interface CloudUserTeamAssignmentRoles {
    /**
     * One or more organization level roles to assign the MongoDB Cloud user.
     */
    orgRoles: string[];
    /**
     * List of project level role assignments to assign the MongoDB Cloud user.
     */
    projectRoleAssignments: outputs.CloudUserTeamAssignmentRolesProjectRoleAssignment[];
}
export interface CloudUserTeamAssignmentRolesProjectRoleAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies the project to which these roles belong.
     */
    projectId: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    projectRoles: string[];
}
export interface ClusterAdvancedConfiguration {
    /**
     * The minimum pre- and post-image retention time in seconds. This option corresponds to the `changeStreamOptions.preAndPostImages.expireAfterSeconds` cluster parameter. Defaults to `-1`(off). This setting controls the retention policy of change stream pre- and post-images. Pre- and post-images are the versions of a document before and after document modification, respectively.`expireAfterSeconds` controls how long MongoDB retains pre- and post-images. When set to -1 (off), MongoDB uses the default retention policy: pre- and post-images are retained until the corresponding change stream events are removed from the oplog. To set the minimum pre- and post-image retention time, specify an integer value greater than zero. Setting this too low could increase the risk of interrupting Realm sync or triggers processing. This parameter is only supported for MongoDB version 6.0 and above.
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds?: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s?: string[];
    defaultMaxTimeMs?: number;
    /**
     * [Default level of acknowledgment requested from MongoDB for read operations](https://www.mongodb.com/docs/manual/reference/read-concern/) set for this cluster. **(DEPRECATED)** MongoDB 6.0 and later clusters default to `local`. To use a custom read concern level, please refer to your driver documentation.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    defaultReadConcern: string;
    /**
     * [Default level of acknowledgment requested from MongoDB for write operations](https://www.mongodb.com/docs/manual/reference/write-concern/) set for this cluster. MongoDB 6.0 clusters default to [majority](https://www.mongodb.com/docs/manual/reference/write-concern/).
     */
    defaultWriteConcern: string;
    /**
     * **(DEPRECATED)** (Optional) When true, documents can only be updated or inserted if, for all indexed fields on the target collection, the corresponding index entries do not exceed 1024 bytes. When false, mongod writes documents that exceed the limit but does not index them.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    failIndexKeyTooLong: boolean;
    /**
     * When true, the cluster allows execution of operations that perform server-side executions of JavaScript. When false, the cluster disables execution of those operations.
     */
    javascriptEnabled: boolean;
    /**
     * Sets the minimum Transport Layer Security (TLS) version the cluster accepts for incoming connections. Valid values are:
     * - TLS1_2
     * - TLS1_3
     */
    minimumEnabledTlsProtocol: string;
    /**
     * When true, the cluster disables the execution of any query that requires a collection scan to return results. When false, the cluster allows the execution of those operations.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours. A value of null indicates that the cluster uses the default minimum oplog window that MongoDB Cloud calculates.
     * * **Note**  A minimum oplog retention is required when seeking to change a cluster's class to Local NVMe SSD. To learn more and for latest guidance see  [`oplogMinRetentionHours`](https://www.mongodb.com/docs/manual/core/replica-set-oplog/#std-label-replica-set-minimum-oplog-size)
     */
    oplogMinRetentionHours?: number;
    /**
     * The custom oplog size of the cluster. Without a value that indicates that the cluster uses the default oplog size calculated by Atlas.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema. The default value is 300. The specified value must be a positive integer. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information. Defaults to 100. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3. To unset, this should be set back to `DEFAULT`.
     */
    tlsCipherConfigMode: string;
    /**
     * Lifetime, in seconds, of multi-document transactions. Defaults to 60 seconds.
     */
    transactionLifetimeLimitSeconds: number;
}
export interface ClusterBiConnectorConfig {
    /**
     * Specifies whether or not BI Connector for Atlas is enabled on the cluster.
     * *
     * - Set to `true` to enable BI Connector for Atlas.
     * - Set to `false` to disable BI Connector for Atlas.
     */
    enabled: boolean;
    /**
     * Specifies the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     *
     * - Set to "primary" to have BI Connector for Atlas read from the primary.
     *
     * - Set to "secondary" to have BI Connector for Atlas read from a secondary member. Default if there are no analytics nodes in the cluster.
     *
     * - Set to "analytics" to have BI Connector for Atlas read from an analytics node. Default if the cluster contains analytics nodes.
     */
    readPreference: string;
}
export interface ClusterConnectionString {
    private: string;
    privateEndpoints: outputs.ClusterConnectionStringPrivateEndpoint[];
    privateSrv: string;
    standard: string;
    standardSrv: string;
}
export interface ClusterConnectionStringPrivateEndpoint {
    connectionString: string;
    endpoints: outputs.ClusterConnectionStringPrivateEndpointEndpoint[];
    srvConnectionString: string;
    srvShardOptimizedConnectionString: string;
    type: string;
}
export interface ClusterConnectionStringPrivateEndpointEndpoint {
    endpointId: string;
    /**
     * Cloud service provider on which the servers are provisioned.
     *
     * The possible values are:
     *
     * - `AWS` - Amazon AWS
     * - `GCP` - Google Cloud Platform
     * - `AZURE` - Microsoft Azure
     * - `TENANT` - A multi-tenant deployment on one of the supported cloud service providers. Only valid when providerSettings.instanceSizeName is M0.
     */
    providerName: string;
    region: string;
}
export interface ClusterLabel {
    /**
     * The key that you want to write.
     */
    key?: string;
    /**
     * The value that you want to write.
     *
     * > **NOTE:** MongoDB Atlas doesn't display your labels.
     */
    value?: string;
}
export interface ClusterOutageSimulationOutageFilter {
    /**
     * The cloud provider of the region that undergoes the outage simulation. Following values are supported:
     * * `AWS`
     * * `GCP`
     * * `AZURE`
     */
    cloudProvider: string;
    /**
     * The Atlas name of the region to undergo an outage simulation.
     */
    regionName: string;
    /**
     * The type of cluster outage simulation. Following values are supported:
     * * `REGION` - Simulates a cluster outage for a region
     */
    type: string;
}
export interface ClusterPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z"). Note that this field cannot exceed 4 weeks from the pinned date.
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface ClusterReplicationSpec {
    /**
     * The Terraform's unique identifier used internally for state management.
     */
    id: string;
    /**
     * Selects whether the cluster is a replica set or a sharded cluster. If you use the replicationSpecs parameter, you must set num_shards.
     */
    numShards: number;
    /**
     * Physical location of the region. Each regionsConfig document describes the region’s priority in elections and the number and type of MongoDB nodes Atlas deploys to the region. You must order each regionsConfigs document by regionsConfig.priority, descending. See the Region Config section below for more details.
     */
    regionsConfigs: outputs.ClusterReplicationSpecRegionsConfig[];
    /**
     * Name for the zone in a Global Cluster.
     */
    zoneName?: string;
}
export interface ClusterReplicationSpecRegionsConfig {
    /**
     * The number of analytics nodes for Atlas to deploy to the region. Analytics nodes are useful for handling analytic data such as reporting queries from BI Connector for Atlas. Analytics nodes are read-only, and can never become the primary. If you do not specify this option, no analytics nodes are deployed to the region.
     */
    analyticsNodes?: number;
    /**
     * Number of electable nodes for Atlas to deploy to the region. Electable nodes can become the primary and can facilitate local reads.
     * * The total number of electableNodes across all replication spec regions  must total 3, 5, or 7.
     * * Specify 0 if you do not want any electable nodes in the region.
     * * You cannot create electable nodes in a region if `priority` is 0.
     */
    electableNodes: number;
    /**
     * Election priority of the region. For regions with only read-only nodes, set this value to 0.
     * * For regions where `electableNodes` is at least 1, each region must have a priority of exactly one (1) less than the previous region. The first region must have a priority of 7. The lowest possible priority is 1.
     * * The priority 7 region identifies the Preferred Region of the cluster. Atlas places the primary node in the Preferred Region. Priorities 1 through 7 are exclusive - no more than one region per cluster can be assigned a given priority.
     * * Example: If you have three regions, their priorities would be 7, 6, and 5 respectively. If you added two more regions for supporting electable nodes, the priorities of those regions would be 4 and 3 respectively.
     */
    priority: number;
    /**
     * Number of read-only nodes for Atlas to deploy to the region. Read-only nodes can never become the primary, but can facilitate local-reads. Specify 0 if you do not want any read-only nodes in the region.
     */
    readOnlyNodes?: number;
    /**
     * Physical location of your MongoDB cluster. The region you choose can affect network latency for clients accessing your databases.  Requires the **Atlas region name**, see the reference list for [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    regionName: string;
}
export interface ClusterSnapshotBackupPolicy {
    /**
     * The cluster ID.
     */
    clusterId: string;
    clusterName: string;
    nextSnapshot: string;
    policies: outputs.ClusterSnapshotBackupPolicyPolicy[];
    referenceHourOfDay: number;
    referenceMinuteOfHour: number;
    restoreWindowDays: number;
    updateSnapshots: boolean;
}
export interface ClusterSnapshotBackupPolicyPolicy {
    /**
     * The Terraform's unique identifier used internally for state management.
     */
    id: string;
    policyItems: outputs.ClusterSnapshotBackupPolicyPolicyPolicyItem[];
}
export interface ClusterSnapshotBackupPolicyPolicyPolicyItem {
    frequencyInterval: number;
    frequencyType: string;
    /**
     * The Terraform's unique identifier used internally for state management.
     */
    id: string;
    retentionUnit: string;
    retentionValue: number;
}
export interface ClusterTag {
    /**
     * Constant that defines the set of the tag.
     */
    key: string;
    /**
     * Variable that belongs to the set of the tag.
     *
     * To learn more, see [Resource Tags](https://www.mongodb.com/docs/atlas/tags/).
     */
    value: string;
}
export interface CustomDbRoleAction {
    /**
     * Name of the privilege action. For a complete list of actions available in the Atlas API, see [Custom Role Actions](https://www.mongodb.com/docs/atlas/reference/api/custom-role-actions)
     * > **Note**: The privilege actions available to the Custom Roles API resource represent a subset of the privilege actions available in the Atlas Custom Roles UI.
     */
    action: string;
    /**
     * Contains information on where the action is granted. Each object in the array either indicates a database and collection on which the action is granted, or indicates that the action is granted on the cluster resource.
     *
     * * `resources.#.collection_name` - (Optional) Collection on which the action is granted. If this value is an empty string, the action is granted on all collections within the database specified in the actions.resources.db field.
     *
     * > **NOTE** This field is mutually exclusive with the `actions.resources.cluster` field.
     *
     * * `resources.#.database_name` Database on which the action is granted. Use the empty string ("") to allow an action on all databases.
     *
     * > **NOTE** This field is mutually exclusive with the `actions.resources.cluster` field.
     *
     * * `resources.#.cluster`	(Optional) Set to true to indicate that the action is granted on the cluster resource.
     *
     * > **NOTE** This field is mutually exclusive with the `actions.resources.collection` and `actions.resources.db fields`.
     */
    resources: outputs.CustomDbRoleActionResource[];
}
export interface CustomDbRoleActionResource {
    cluster?: boolean;
    collectionName?: string;
    /**
     * Database on which the inherited role is granted.
     *
     * > **NOTE** This value should be admin for all roles except read and readWrite.
     */
    databaseName?: string;
}
export interface CustomDbRoleInheritedRole {
    /**
     * Database on which the inherited role is granted.
     *
     * > **NOTE** This value should be admin for all roles except read and readWrite.
     */
    databaseName: string;
    /**
     * Name of the inherited role. This can either be another custom role or a built-in role.
     *
     * > **NOTE** Built-in roles are present in clusters by default and do not need to be redefined for their properties to be inherited by a custom role.
     */
    roleName: string;
}
export interface DatabaseUserLabel {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface DatabaseUserRole {
    /**
     * Collection for which the role applies. You can specify a collection for the `read` and `readWrite` roles. If you do not specify a collection for `read` and `readWrite`, the role applies to all collections in the database (excluding some collections in the `system`. database).
     */
    collectionName?: string;
    /**
     * Database on which the user has the specified role. A role on the `admin` database can include privileges that apply to the other databases. This field should be set to `admin` for a custom MongoDB role.
     */
    databaseName: string;
    /**
     * Name of the role to grant. See [Create a Database User](https://www.mongodb.com/docs/atlas/reference/api/database-users-create-a-user/) `roles.roleName` for valid values and restrictions.
     */
    roleName: string;
}
export interface DatabaseUserScope {
    /**
     * Name of the cluster or Atlas Data Federation that the user has access to.
     */
    name?: string;
    /**
     * Type of resource that the user has access to. See [Database User API](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createdatabaseuser) for the list of valid values.
     */
    type?: string;
}
export interface EncryptionAtRestAwsKmsConfig {
    /**
     * Unique alphanumeric string that identifies an Identity and Access Management (IAM) access key with permissions required to access your Amazon Web Services (AWS) Customer Master Key (CMK).
     */
    accessKeyId?: string;
    /**
     * Unique alphanumeric string that identifies the Amazon Web Services (AWS) Customer Master Key (CMK) you used to encrypt and decrypt the MongoDB master keys.
     */
    customerMasterKeyId?: string;
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified project through Amazon Web Services (AWS) Key Management Service (KMS). Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Physical location where MongoDB Atlas deploys your AWS-hosted MongoDB cluster nodes. The region you choose can affect network latency for clients accessing your databases. When MongoDB Cloud deploys a dedicated cluster, it checks if a VPC or VPC connection exists for that provider and region. If not, MongoDB Atlas creates them as part of the deployment. MongoDB Atlas assigns the VPC a CIDR block. To limit a new VPC peering connection to one CIDR block and region, create the connection first. Deploy the cluster after the connection starts.
     */
    region?: string;
    /**
     * Enable connection to your Amazon Web Services (AWS) Key Management Service (KMS) over private networking.
     */
    requirePrivateNetworking: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies an Amazon Web Services (AWS) Identity and Access Management (IAM) role. This IAM role has the permissions required to manage your AWS customer master key.
     */
    roleId?: string;
    /**
     * Human-readable label of the Identity and Access Management (IAM) secret access key with permissions required to access your Amazon Web Services (AWS) customer master key.
     */
    secretAccessKey?: string;
    /**
     * Flag that indicates whether the Amazon Web Services (AWS) Key Management Service (KMS) encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface EncryptionAtRestAzureKeyVaultConfig {
    /**
     * Azure environment in which your account credentials reside.
     */
    azureEnvironment?: string;
    /**
     * Unique 36-hexadecimal character string that identifies an Azure application associated with your Azure Active Directory tenant.
     */
    clientId: string;
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified  project. Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Web address with a unique key that identifies for your Azure Key Vault.
     */
    keyIdentifier?: string;
    /**
     * Unique string that identifies the Azure Key Vault that contains your key.
     */
    keyVaultName?: string;
    /**
     * Enable connection to your Azure Key Vault over private networking.
     */
    requirePrivateNetworking: boolean;
    /**
     * Name of the Azure resource group that contains your Azure Key Vault.
     */
    resourceGroupName?: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the Azure Service Principal that Atlas uses to access the Azure Key Vault.
     */
    roleId?: string;
    /**
     * Private data that you need secured and that belongs to the specified Azure Key Vault (AKV) tenant (**azureKeyVault.tenantID**). This data can include any type of sensitive data such as passwords, database connection strings, API keys, and the like. AKV stores this information as encrypted binary data.
     */
    secret?: string;
    /**
     * Unique 36-hexadecimal character string that identifies your Azure subscription.
     */
    subscriptionId?: string;
    /**
     * Unique 36-hexadecimal character string that identifies the Azure Active Directory tenant within your Azure subscription.
     */
    tenantId: string;
    /**
     * Flag that indicates whether the Azure encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface EncryptionAtRestGoogleCloudKmsConfig {
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified  project. Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Resource path that displays the key version resource ID for your Google Cloud KMS.
     */
    keyVersionResourceId?: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the Google Cloud Provider Access Role that MongoDB Cloud uses to access the Google Cloud KMS.
     */
    roleId?: string;
    /**
     * JavaScript Object Notation (JSON) object that contains the Google Cloud Key Management Service (KMS). Format the JSON as a string and not as an object.
     */
    serviceAccountKey?: string;
    /**
     * Flag that indicates whether the Google Cloud Key Management Service (KMS) encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface EncryptionAtRestPrivateEndpointTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `3h`.
     */
    delete?: string;
}
export interface EventTriggerEventProcessors {
    awsEventbridge?: outputs.EventTriggerEventProcessorsAwsEventbridge;
}
export interface EventTriggerEventProcessorsAwsEventbridge {
    configAccountId?: string;
    configRegion?: string;
}
export interface FederatedDatabaseInstanceCloudProviderConfig {
    /**
     * Name of the cloud service that hosts the Atlas Data Federation data stores.
     */
    aws?: outputs.FederatedDatabaseInstanceCloudProviderConfigAws;
    /**
     * Microsoft Azure cloud service configuration.
     */
    azure?: outputs.FederatedDatabaseInstanceCloudProviderConfigAzure;
}
export interface FederatedDatabaseInstanceCloudProviderConfigAws {
    /**
     * Unique identifier associated with the IAM Role that the Federated Database Instance assumes when accessing the data stores.
     */
    externalId: string;
    /**
     * Amazon Resource Name (ARN) of the IAM Role that the Federated Database Instance assumes when accessing S3 Bucket data stores. The IAM Role must support the following actions against each S3 bucket:
     * * `s3:GetObject`
     * * `s3:ListBucket`
     * * `s3:GetObjectVersion`
     */
    iamAssumedRoleArn: string;
    /**
     * Amazon Resource Name (ARN) of the user that the Federated Database Instance assumes when accessing S3 Bucket data stores.
     */
    iamUserArn: string;
    roleId: string;
    testS3Bucket: string;
}
export interface FederatedDatabaseInstanceCloudProviderConfigAzure {
    /**
     * Unique identifier of the Azure Active Directory application associated with the service principal.
     */
    atlasAppId: string;
    roleId: string;
    /**
     * Unique identifier of the Azure service principal that the Federated Database instance uses to access Azure Blob Storage.
     */
    servicePrincipalId: string;
    /**
     * Unique identifier of the Azure Active Directory tenant where the service principal resides.
     */
    tenantId: string;
}
export interface FederatedDatabaseInstanceDataProcessRegion {
    cloudProvider: string;
    region: string;
}
export interface FederatedDatabaseInstancePrivateEndpointHostname {
    hostname: string;
    privateEndpoint: string;
}
export interface FederatedDatabaseInstanceStorageDatabase {
    collections: outputs.FederatedDatabaseInstanceStorageDatabaseCollection[];
    maxWildcardCollections: number;
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    views: outputs.FederatedDatabaseInstanceStorageDatabaseView[];
}
export interface FederatedDatabaseInstanceStorageDatabaseCollection {
    dataSources?: outputs.FederatedDatabaseInstanceStorageDatabaseCollectionDataSource[];
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
}
export interface FederatedDatabaseInstanceStorageDatabaseCollectionDataSource {
    allowInsecure: boolean;
    collection: string;
    collectionRegex: string;
    database: string;
    databaseRegex: string;
    datasetName: string;
    defaultFormat: string;
    path: string;
    provenanceFieldName: string;
    storeName: string;
    urls: string[];
}
export interface FederatedDatabaseInstanceStorageDatabaseView {
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    pipeline: string;
    source: string;
}
export interface FederatedDatabaseInstanceStorageStore {
    additionalStorageClasses: string[];
    allowInsecure: boolean;
    bucket: string;
    clusterName: string;
    defaultFormat: string;
    delimiter: string;
    includeTags: boolean;
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    prefix: string;
    /**
     * The unique ID for the project to create a Federated Database Instance, also known as `groupId` in the official documentation.
     */
    projectId: string;
    provider: string;
    public: string;
    readPreference: outputs.FederatedDatabaseInstanceStorageStoreReadPreference;
    region: string;
    urls: string[];
}
export interface FederatedDatabaseInstanceStorageStoreReadPreference {
    maxStalenessSeconds: number;
    mode: string;
    tagSets: outputs.FederatedDatabaseInstanceStorageStoreReadPreferenceTagSet[];
}
export interface FederatedDatabaseInstanceStorageStoreReadPreferenceTagSet {
    tags: outputs.FederatedDatabaseInstanceStorageStoreReadPreferenceTagSetTag[];
}
export interface FederatedDatabaseInstanceStorageStoreReadPreferenceTagSetTag {
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    value: string;
}
export interface FederatedSettingsOrgConfigUserConflict {
    /**
     * Email address of the the user that conflicts with selected domains.
     */
    emailAddress: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    federationSettingsId: string;
    /**
     * First name of the the user that conflicts with selected domains.
     */
    firstName: string;
    /**
     * Last name of the the user that conflicts with selected domains.
     */
    lastName: string;
    /**
     * Name of the Atlas user that conflicts with selected domains.
     */
    userId: string;
}
export interface FederatedSettingsOrgRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId?: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId?: string;
    /**
     * Specifies the Roles that are attached to the Role Mapping. Available role IDs can be found on [the User Roles
     * Reference](https://www.mongodb.com/docs/atlas/reference/user-roles/).
     */
    roles?: string[];
}
export interface FlexClusterBackupSettings {
    /**
     * Flag that indicates whether backups are performed for this flex cluster. Backup uses [flex cluster backups](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/).
     */
    enabled: boolean;
}
export interface FlexClusterConnectionStrings {
    /**
     * Public connection string that you can use to connect to this cluster. This connection string uses the mongodb:// protocol.
     */
    standard: string;
    /**
     * Public connection string that you can use to connect to this flex cluster. This connection string uses the `mongodb+srv://` protocol.
     */
    standardSrv: string;
}
export interface FlexClusterProviderSettings {
    /**
     * Cloud service provider on which MongoDB Cloud provisioned the flex cluster.
     */
    backingProviderName: string;
    /**
     * Storage capacity available to the flex cluster expressed in gigabytes.
     */
    diskSizeGb: number;
    /**
     * Human-readable label that identifies the cloud service provider.
     */
    providerName: string;
    /**
     * Human-readable label that identifies the geographic location of your MongoDB flex cluster. The region you choose can affect network latency for clients accessing your databases. For a complete list of region names, see [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), and [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    regionName: string;
}
export interface FlexClusterTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `3h`.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    update?: string;
}
export interface GetAccessListApiKeysResult {
    /**
     * Total number of requests that have originated from this IP address or CIDR block.
     */
    accessCount: number;
    /**
     * Range of IP addresses in CIDR notation included in the API access list.
     */
    cidrBlock: string;
    /**
     * Date and time when the access list entry was created.
     */
    created: string;
    /**
     * IP address included in the API access list.
     */
    ipAddress: string;
    /**
     * Date and time when the API key was last used from this IP address or CIDR block.
     */
    lastUsed: string;
    /**
     * IP address from which the last API request was made.
     */
    lastUsedAddress: string;
}
export interface GetAdvancedClusterAdvancedConfiguration {
    /**
     * (Optional) The minimum pre- and post-image retention time in seconds This parameter is only supported for MongoDB version 6.0 and above. Defaults to `-1`(off).
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s: string[];
    /**
     * The custom OpenSSL cipher suite list for TLS 1.3. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls13s: string[];
    /**
     * Default time limit in milliseconds for individual read operations to complete. This option corresponds to the [defaultMaxTimeMS](https://www.mongodb.com/docs/upcoming/reference/cluster-parameters/defaultMaxTimeMS/) cluster parameter. This parameter is supported only for MongoDB version 8.0 and above.
     */
    defaultMaxTimeMs: number;
    /**
     * [Default level of acknowledgment requested from MongoDB for write operations](https://www.mongodb.com/docs/manual/reference/write-concern/) set for this cluster. MongoDB 6.0 clusters default to [majority](https://www.mongodb.com/docs/manual/reference/write-concern/).
     */
    defaultWriteConcern: string;
    /**
     * When true, the cluster allows execution of operations that perform server-side executions of JavaScript. When false, the cluster disables execution of those operations.
     */
    javascriptEnabled: boolean;
    /**
     * Sets the minimum Transport Layer Security (TLS) version the cluster accepts for incoming connections. Valid values are:
     * - TLS1_2
     * - TLS1_3
     */
    minimumEnabledTlsProtocol: string;
    /**
     * When true, the cluster disables the execution of any query that requires a collection scan to return results. When false, the cluster allows the execution of those operations.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours.
     */
    oplogMinRetentionHours: number;
    /**
     * The custom oplog size of the cluster. Without a value that indicates that the cluster uses the default oplog size calculated by Atlas.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema. The default value is 300. The specified value must be a positive integer. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information. Defaults to 100. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3.
     */
    tlsCipherConfigMode: string;
    /**
     * Lifetime, in seconds, of multi-document transactions. Defaults to 60 seconds.
     */
    transactionLifetimeLimitSeconds: number;
}
export interface GetAdvancedClusterBiConnectorConfig {
    /**
     * Specifies whether or not BI Connector for Atlas is enabled on the cluster.
     */
    enabled: boolean;
    /**
     * Specifies the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     */
    readPreference: string;
}
export interface GetAdvancedClusterConnectionStrings {
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    private: string;
    /**
     * Private endpoint connection strings. Each object describes the connection strings you can use to connect to this cluster through a private endpoint. Atlas returns this parameter only if you deployed a private endpoint to all regions to which you deployed this cluster's nodes.
     * - `connection_strings.private_endpoint[#].connection_string` - Private-endpoint-aware `mongodb://`connection string for this private endpoint.
     * - `connection_strings.private_endpoint[#].srv_connection_string` - Private-endpoint-aware `mongodb+srv://` connection string for this private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in DNS . Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don't need to: Append the seed list or Change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn't, use `connection_strings.private_endpoint[#].connection_string`
     * - `connection_strings.private_endpoint[#].srv_shard_optimized_connection_string` - Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster support it. If it doesn't, use and consult the documentation for connectionStrings.privateEndpoint[#].srvConnectionString.
     * - `connection_strings.private_endpoint[#].type` - Type of MongoDB process that you connect to with the connection strings. Atlas returns `MONGOD` for replica sets, or `MONGOS` for sharded clusters.
     * - `connection_strings.private_endpoint[#].endpoints` - Private endpoint through which you connect to Atlas when you use `connection_strings.private_endpoint[#].connection_string` or `connection_strings.private_endpoint[#].srv_connection_string`
     * - `connection_strings.private_endpoint[#].endpoints[#].endpoint_id` - Unique identifier of the private endpoint.
     * - `connection_strings.private_endpoint[#].endpoints[#].provider_name` - Cloud provider to which you deployed the private endpoint. Atlas returns `AWS` or `AZURE`.
     * - `connection_strings.private_endpoint[#].endpoints[#].region` - Region to which you deployed the private endpoint.
     */
    privateEndpoints: outputs.GetAdvancedClusterConnectionStringsPrivateEndpoint[];
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb+srv://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    privateSrv: string;
    /**
     * Public mongodb:// connection string for this cluster.
     */
    standard: string;
    /**
     * Public mongodb+srv:// connection string for this cluster. The mongodb+srv protocol tells the driver to look up the seed list of hosts in DNS. Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don’t need to append the seed list or change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn’t  , use connectionStrings.standard.
     */
    standardSrv: string;
}
export interface GetAdvancedClusterConnectionStringsPrivateEndpoint {
    /**
     * Private endpoint-aware connection string that uses the `mongodb://` protocol to connect to MongoDB Cloud through a private endpoint.
     */
    connectionString: string;
    /**
     * List that contains the private endpoints through which you connect to MongoDB Cloud when you use **connectionStrings.privateEndpoint[n].connectionString** or **connectionStrings.privateEndpoint[n].srvConnectionString**.
     */
    endpoints: outputs.GetAdvancedClusterConnectionStringsPrivateEndpointEndpoint[];
    /**
     * Private endpoint-aware connection string that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in the Domain Name System (DNS). This list synchronizes with the nodes in a cluster. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to append the seed list or change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application supports it. If it doesn't, use connectionStrings.privateEndpoint[n].connectionString.
     */
    srvConnectionString: string;
    /**
     * Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster supports it. If it doesn't, use and consult the documentation for connectionStrings.privateEndpoint[n].srvConnectionString.
     */
    srvShardOptimizedConnectionString: string;
    /**
     * MongoDB process type to which your application connects. Use `MONGOD` for replica sets and `MONGOS` for sharded clusters.
     */
    type: string;
}
export interface GetAdvancedClusterConnectionStringsPrivateEndpointEndpoint {
    /**
     * Unique string that the cloud provider uses to identify the private endpoint.
     */
    endpointId: string;
    /**
     * Cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    /**
     * Region where the private endpoint is deployed.
     */
    region: string;
}
export interface GetAdvancedClusterPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z").
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface GetAdvancedClusterReplicationSpec {
    /**
     * A key-value map of the Network Peering Container ID(s) for the configuration specified in `regionConfigs`. The Container ID is the id of the container either created programmatically by the user before any clusters existed in a project or when the first cluster in the region (AWS/Azure) or project (GCP) was created.  The syntax is `"providerName:regionName" = "containerId"`. Example `AWS:US_EAST_1" = "61e0797dde08fb498ca11a71`.
     */
    containerId: {
        [key: string]: string;
    };
    /**
     * Unique 24-hexadecimal digit string that identifies the replication object for a shard in a Cluster. This value corresponds to Shard ID displayed in the UI.
     */
    externalId: string;
    /**
     * Configuration for the hardware specifications for nodes set for a given region. Each `regionConfigs` object describes the region's priority in elections and the number and type of MongoDB nodes that Atlas deploys to the region. Each `regionConfigs` object must have either an `analyticsSpecs` object, `electableSpecs` object, or `readOnlySpecs` object. See below.
     */
    regionConfigs: outputs.GetAdvancedClusterReplicationSpecRegionConfig[];
    /**
     * Unique 24-hexadecimal digit string that identifies the zone in a Global Cluster. If clusterType is GEOSHARDED, this value indicates the zone that the given shard belongs to and can be used to configure Global Cluster backup policies.
     */
    zoneId: string;
    /**
     * Name for the zone in a Global Cluster.
     */
    zoneName: string;
}
export interface GetAdvancedClusterReplicationSpecRegionConfig {
    /**
     * Configuration for the Collection of settings that configures analytics-auto-scaling information for the cluster. See below.
     */
    analyticsAutoScaling: outputs.GetAdvancedClusterReplicationSpecRegionConfigAnalyticsAutoScaling;
    /**
     * Hardware specifications for [analytics nodes](https://www.mongodb.com/docs/atlas/reference/faq/deployment/#std-label-analytics-nodes-overview) needed in the region. See below.
     */
    analyticsSpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigAnalyticsSpecs;
    /**
     * Configuration for the Collection of settings that configures auto-scaling information for the cluster. See below.
     */
    autoScaling: outputs.GetAdvancedClusterReplicationSpecRegionConfigAutoScaling;
    /**
     * Cloud service provider on which you provision the host for a multi-tenant cluster.
     */
    backingProviderName: string;
    /**
     * Effective hardware specifications for analytics nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveAnalyticsSpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigEffectiveAnalyticsSpecs;
    /**
     * Effective hardware specifications for electable nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveElectableSpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigEffectiveElectableSpecs;
    /**
     * Effective hardware specifications for read-only nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveReadOnlySpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigEffectiveReadOnlySpecs;
    /**
     * Hardware specifications for electable nodes in the region.
     */
    electableSpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigElectableSpecs;
    /**
     * Election priority of the region.
     */
    priority: number;
    /**
     * Cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    /**
     * Hardware specifications for read-only nodes in the region. See below.
     */
    readOnlySpecs: outputs.GetAdvancedClusterReplicationSpecRegionConfigReadOnlySpecs;
    /**
     * Physical location of your MongoDB cluster.
     */
    regionName: string;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigAnalyticsAutoScaling {
    /**
     * Flag that indicates whether instance size auto-scaling is enabled.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40).
     * #### Advanced Configuration
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10).
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling.
     */
    diskGbEnabled: boolean;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigAnalyticsSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigAutoScaling {
    /**
     * Flag that indicates whether instance size auto-scaling is enabled.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40).
     * #### Advanced Configuration
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10).
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling.
     */
    diskGbEnabled: boolean;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigEffectiveAnalyticsSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigEffectiveElectableSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigEffectiveReadOnlySpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigElectableSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClusterReplicationSpecRegionConfigReadOnlySpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResult {
    /**
     * Governs adaptive capacity behavior of Azure nodes in single-cloud Azure clusters or multi-cloud clusters that include Azure nodes. Adaptive capacity enables fallback hardware selection when the primary instance family is unavailable. `ENABLED` means the cluster explicitly opts in to adaptive capacity. `DISABLED` means the cluster explicitly opts out; the cluster receives capacity errors instead of being placed on fallback hardware. `null` means the field is unset; Azure clusters use adaptive capacity by default when the feature is enabled at the group level. Setting this field for single-cloud AWS or GCP clusters is a no-op.
     */
    adaptiveCapacity: string;
    /**
     * Get the advanced configuration options. See Advanced Configuration below for more details.
     */
    advancedConfiguration: outputs.GetAdvancedClustersResultAdvancedConfiguration;
    /**
     * Flag that indicates whether the cluster can perform backups. If set to `true`, the cluster can perform backups. You must set this value to `true` for NVMe clusters. Backup uses [Cloud Backups](https://docs.atlas.mongodb.com/backup/cloud-backup/overview/) for dedicated clusters and [Shared Cluster Backups](https://docs.atlas.mongodb.com/backup/shared-tier/overview/) for tenant clusters. If set to `false`, the cluster doesn't use backups.
     */
    backupEnabled: boolean;
    /**
     * Configuration settings applied to BI Connector for Atlas on this cluster. See below. In prior versions of the MongoDB Atlas Terraform Provider, this parameter was named `biConnector`.
     */
    biConnectorConfig: outputs.GetAdvancedClustersResultBiConnectorConfig;
    /**
     * The cluster ID.
     */
    clusterId: string;
    /**
     * Type of the cluster that you want to create.
     */
    clusterType: string;
    /**
     * Config Server Management Mode for creating or updating a sharded cluster. Valid values are `ATLAS_MANAGED` (default) and `FIXED_TO_DEDICATED`. When configured as `ATLAS_MANAGED`, Atlas may automatically switch the cluster's config server type for optimal performance and savings. When configured as `FIXED_TO_DEDICATED`, the cluster will always use a dedicated config server. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    configServerManagementMode: string;
    /**
     * Describes a sharded cluster's config server type. Valid values are `DEDICATED` and `EMBEDDED`. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    configServerType: string;
    /**
     * Set of connection strings that your applications use to connect to this cluster. More information in [Connection-strings](https://www.mongodb.com/docs/manual/reference/connection-string/). Use the parameters in this object to connect your applications to this cluster. To learn more about the formats of connection strings, see [Connection String Options](https://www.mongodb.com/docs/atlas/reference/faq/connection-changes/). NOTE: Atlas returns the contents of this object after the cluster is operational, not while it builds the cluster.
     */
    connectionStrings: outputs.GetAdvancedClustersResultConnectionStrings;
    /**
     * Date and time when MongoDB Cloud created this cluster. This parameter expresses its value in ISO 8601 format in UTC.
     */
    createDate: string;
    /**
     * Possible values are AWS, GCP, AZURE or NONE.
     */
    encryptionAtRestProvider: string;
    /**
     * Flag that indicates if cluster uses Atlas-Managed Sharding (false) or Self-Managed Sharding (true).
     */
    globalClusterSelfManagedSharding: boolean;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    labels: {
        [key: string]: string;
    };
    /**
     * Version of the cluster to deploy.
     */
    mongoDbMajorVersion: string;
    /**
     * Version of MongoDB the cluster runs, in `major-version`.`minor-version` format.
     */
    mongoDbVersion: string;
    /**
     * Human-readable label that identifies this cluster.
     */
    name: string;
    /**
     * Flag that indicates whether the cluster is paused or not.
     */
    paused: boolean;
    /**
     * The pinned Feature Compatibility Version (FCV) with its associated expiration date. See below.
     */
    pinnedFcv: outputs.GetAdvancedClustersResultPinnedFcv;
    /**
     * Flag that indicates if the cluster uses Continuous Cloud Backup.
     */
    pitEnabled: boolean;
    /**
     * The unique ID for the project to get the clusters, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Flag that enables or disables log redaction, see the [manual](https://www.mongodb.com/docs/manual/administration/monitoring/#log-redaction) for more information.
     */
    redactClientLogData: boolean;
    /**
     * Replica set scaling mode for your cluster.
     */
    replicaSetScalingStrategy: string;
    /**
     * List of settings that configure your cluster regions. This array has one object per shard representing node configurations in each shard. For replica sets there is only one object representing node configurations. See below
     */
    replicationSpecs: outputs.GetAdvancedClustersResultReplicationSpec[];
    /**
     * Certificate Authority that MongoDB Atlas clusters use.
     */
    rootCertType: string;
    /**
     * Current state of the cluster. The possible states are:
     */
    stateName: string;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    tags: {
        [key: string]: string;
    };
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled: boolean;
    /**
     * Flag that indicates whether time-based snapshot copies will be used instead of slower standard snapshot copies during fast Atlas cross-region initial syncs. This flag is only relevant for clusters containing AWS nodes.
     */
    useAwsTimeBasedSnapshotCopyForFastInitialSync: boolean;
    /**
     * Controls how hardware specification fields are returned in the response. When set to true, the non-effective specs (`electableSpecs`, `readOnlySpecs`, `analyticsSpecs`) fields return the hardware specifications that the client provided. When set to false (default), the non-effective specs fields show the **current** hardware specifications. Cluster auto-scaling is the primary cause for differences between initial and current hardware specifications. This attribute applies to dedicated clusters, not to tenant or flex clusters. **Note:** Effective specs (`effectiveElectableSpecs`, `effectiveReadOnlySpecs`, `effectiveAnalyticsSpecs`) are always returned for dedicated clusters regardless of the flag value and always report the **current** hardware specifications. See the resource documentation for Auto-Scaling with Effective Fields for more details.
     */
    useEffectiveFields?: boolean;
    /**
     * Release cadence that Atlas uses for this cluster.
     */
    versionReleaseSystem: string;
}
export interface GetAdvancedClustersResultAdvancedConfiguration {
    /**
     * (Optional) The minimum pre- and post-image retention time in seconds. This parameter is only supported for MongoDB version 6.0 and above. Defaults to `-1`(off).
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s: string[];
    /**
     * The custom OpenSSL cipher suite list for TLS 1.3. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls13s: string[];
    /**
     * Default time limit in milliseconds for individual read operations to complete. This option corresponds to the [defaultMaxTimeMS](https://www.mongodb.com/docs/upcoming/reference/cluster-parameters/defaultMaxTimeMS/) cluster parameter. This parameter is supported only for MongoDB version 8.0 and above.
     */
    defaultMaxTimeMs: number;
    /**
     * [Default level of acknowledgment requested from MongoDB for write operations](https://www.mongodb.com/docs/manual/reference/write-concern/) set for this cluster. MongoDB 6.0 clusters default to [majority](https://www.mongodb.com/docs/manual/reference/write-concern/).
     */
    defaultWriteConcern: string;
    /**
     * When true, the cluster allows execution of operations that perform server-side executions of JavaScript. When false, the cluster disables execution of those operations.
     */
    javascriptEnabled: boolean;
    /**
     * Sets the minimum Transport Layer Security (TLS) version the cluster accepts for incoming connections. Valid values are:
     * - TLS1_2
     * - TLS1_3
     */
    minimumEnabledTlsProtocol: string;
    /**
     * When true, the cluster disables the execution of any query that requires a collection scan to return results. When false, the cluster allows the execution of those operations.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours.
     */
    oplogMinRetentionHours: number;
    /**
     * The custom oplog size of the cluster. Without a value that indicates that the cluster uses the default oplog size calculated by Atlas.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema. The default value is 300. The specified value must be a positive integer. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information. Defaults to 100. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3.
     */
    tlsCipherConfigMode: string;
    /**
     * (Optional) Lifetime, in seconds, of multi-document transactions. Defaults to 60 seconds.
     */
    transactionLifetimeLimitSeconds: number;
}
export interface GetAdvancedClustersResultBiConnectorConfig {
    /**
     * Specifies whether or not BI Connector for Atlas is enabled on the cluster.
     */
    enabled: boolean;
    /**
     * Specifies the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     */
    readPreference: string;
}
export interface GetAdvancedClustersResultConnectionStrings {
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    private: string;
    /**
     * Private endpoint connection strings. Each object describes the connection strings you can use to connect to this cluster through a private endpoint. Atlas returns this parameter only if you deployed a private endpoint to all regions to which you deployed this cluster's nodes.
     * - `connection_strings.private_endpoint[#].connection_string` - Private-endpoint-aware `mongodb://`connection string for this private endpoint.
     * - `connection_strings.private_endpoint[#].srv_connection_string` - Private-endpoint-aware `mongodb+srv://` connection string for this private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in DNS . Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don't need to: Append the seed list or Change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn't, use `connection_strings.private_endpoint[#].connection_string`
     * - `connection_strings.private_endpoint[#].srv_shard_optimized_connection_string` - Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster support it. If it doesn't, use and consult the documentation for connectionStrings.privateEndpoint[#].srvConnectionString.
     * - `connection_strings.private_endpoint[#].type` - Type of MongoDB process that you connect to with the connection strings. Atlas returns `MONGOD` for replica sets, or `MONGOS` for sharded clusters.
     * - `connection_strings.private_endpoint[#].endpoints` - Private endpoint through which you connect to Atlas when you use `connection_strings.private_endpoint[#].connection_string` or `connection_strings.private_endpoint[#].srv_connection_string`
     * - `connection_strings.private_endpoint[#].endpoints[#].endpoint_id` - Unique identifier of the private endpoint.
     * - `connection_strings.private_endpoint[#].endpoints[#].provider_name` - Cloud provider to which you deployed the private endpoint. Atlas returns `AWS` or `AZURE`.
     * - `connection_strings.private_endpoint[#].endpoints[#].region` - Region to which you deployed the private endpoint.
     */
    privateEndpoints: outputs.GetAdvancedClustersResultConnectionStringsPrivateEndpoint[];
    /**
     * [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb+srv://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     */
    privateSrv: string;
    /**
     * Public mongodb:// connection string for this cluster.
     */
    standard: string;
    /**
     * Public mongodb+srv:// connection string for this cluster. The mongodb+srv protocol tells the driver to look up the seed list of hosts in DNS. Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don’t need to append the seed list or change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn’t  , use connectionStrings.standard.
     */
    standardSrv: string;
}
export interface GetAdvancedClustersResultConnectionStringsPrivateEndpoint {
    /**
     * Private endpoint-aware connection string that uses the `mongodb://` protocol to connect to MongoDB Cloud through a private endpoint.
     */
    connectionString: string;
    /**
     * List that contains the private endpoints through which you connect to MongoDB Cloud when you use **connectionStrings.privateEndpoint[n].connectionString** or **connectionStrings.privateEndpoint[n].srvConnectionString**.
     */
    endpoints: outputs.GetAdvancedClustersResultConnectionStringsPrivateEndpointEndpoint[];
    /**
     * Private endpoint-aware connection string that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. The `mongodb+srv` protocol tells the driver to look up the seed list of hosts in the Domain Name System (DNS). This list synchronizes with the nodes in a cluster. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to append the seed list or change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application supports it. If it doesn't, use connectionStrings.privateEndpoint[n].connectionString.
     */
    srvConnectionString: string;
    /**
     * Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint. If the connection string uses this Uniform Resource Identifier (URI) format, you don't need to change the Uniform Resource Identifier (URI) if the nodes change. Use this Uniform Resource Identifier (URI) format if your application and Atlas cluster supports it. If it doesn't, use and consult the documentation for connectionStrings.privateEndpoint[n].srvConnectionString.
     */
    srvShardOptimizedConnectionString: string;
    /**
     * MongoDB process type to which your application connects. Use `MONGOD` for replica sets and `MONGOS` for sharded clusters.
     */
    type: string;
}
export interface GetAdvancedClustersResultConnectionStringsPrivateEndpointEndpoint {
    /**
     * Unique string that the cloud provider uses to identify the private endpoint.
     */
    endpointId: string;
    /**
     * Cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    /**
     * Region where the private endpoint is deployed.
     */
    region: string;
}
export interface GetAdvancedClustersResultPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z").
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface GetAdvancedClustersResultReplicationSpec {
    /**
     * A key-value map of the Network Peering Container ID(s) for the configuration specified in `regionConfigs`. The Container ID is the id of the container either created programmatically by the user before any clusters existed in a project or when the first cluster in the region (AWS/Azure) or project (GCP) was created.  The syntax is `"providerName:regionName" = "containerId"`. Example `AWS:US_EAST_1" = "61e0797dde08fb498ca11a71`.
     */
    containerId: {
        [key: string]: string;
    };
    /**
     * Unique 24-hexadecimal digit string that identifies the replication object for a shard in a Cluster. This value corresponds to Shard ID displayed in the UI.
     */
    externalId: string;
    /**
     * Configuration for the hardware specifications for nodes set for a given region. Each `regionConfigs` object describes the region's priority in elections and the number and type of MongoDB nodes that Atlas deploys to the region. Each `regionConfigs` object must have either an `analyticsSpecs` object, `electableSpecs` object, or `readOnlySpecs` object. See below.
     */
    regionConfigs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfig[];
    /**
     * Unique 24-hexadecimal digit string that identifies the zone in a Global Cluster. If clusterType is GEOSHARDED, this value indicates the zone that the given shard belongs to and can be used to configure Global Cluster backup policies.
     */
    zoneId: string;
    /**
     * Name for the zone in a Global Cluster.
     */
    zoneName: string;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfig {
    /**
     * Configuration for the Collection of settings that configures analytis-auto-scaling information for the cluster. See below.
     */
    analyticsAutoScaling: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigAnalyticsAutoScaling;
    /**
     * Hardware specifications for [analytics nodes](https://www.mongodb.com/docs/atlas/reference/faq/deployment/#std-label-analytics-nodes-overview) needed in the region. See below.
     */
    analyticsSpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigAnalyticsSpecs;
    /**
     * Configuration for the Collection of settings that configures auto-scaling information for the cluster. See below.
     */
    autoScaling: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigAutoScaling;
    /**
     * Cloud service provider on which you provision the host for a multi-tenant cluster.
     */
    backingProviderName: string;
    /**
     * Effective hardware specifications for analytics nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveAnalyticsSpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveAnalyticsSpecs;
    /**
     * Effective hardware specifications for electable nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveElectableSpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveElectableSpecs;
    /**
     * Effective hardware specifications for read-only nodes in the region, reflecting actual Atlas-managed values including auto-scaling changes. See below.
     */
    effectiveReadOnlySpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveReadOnlySpecs;
    /**
     * Hardware specifications for electable nodes in the region.
     */
    electableSpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigElectableSpecs;
    /**
     * Election priority of the region.
     */
    priority: number;
    /**
     * Cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    /**
     * Hardware specifications for read-only nodes in the region. See below.
     */
    readOnlySpecs: outputs.GetAdvancedClustersResultReplicationSpecRegionConfigReadOnlySpecs;
    /**
     * Physical location of your MongoDB cluster.
     */
    regionName: string;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigAnalyticsAutoScaling {
    /**
     * Flag that indicates whether instance size auto-scaling is enabled.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40).
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10).
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling.
     */
    diskGbEnabled: boolean;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigAnalyticsSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigAutoScaling {
    /**
     * Flag that indicates whether instance size auto-scaling is enabled.
     */
    computeEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale (such as M40).
     */
    computeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale (such as M10).
     */
    computeMinInstanceSize: string;
    /**
     * Flag that indicates whether the instance size may scale down.
     */
    computeScaleDownEnabled: boolean;
    /**
     * Flag that indicates whether this cluster enables disk auto-scaling.
     */
    diskGbEnabled: boolean;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveAnalyticsSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveElectableSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigEffectiveReadOnlySpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigElectableSpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAdvancedClustersResultReplicationSpecRegionConfigReadOnlySpecs {
    /**
     * Target IOPS (Input/Output Operations Per Second) desired for storage attached to this hardware. This parameter defaults to the cluster tier's standard IOPS value. See the resource documentation for `electableSpecs` for additional `diskIops` configuration details.
     */
    diskIops: number;
    /**
     * Storage capacity that the host's root volume possesses expressed in gigabytes. If disk size specified is below the minimum (10 GB), this parameter defaults to the minimum disk size value. Storage charge calculations depend on whether you choose the default value or a custom value.  The maximum value for disk storage cannot exceed 50 times the maximum RAM for the selected cluster. If you require more storage space, consider upgrading your cluster to a higher tier.
     */
    diskSizeGb: number;
    /**
     * Target throughput desired for storage attached to this hardware. Atlas returns this value only for GCP Gen2 instance sizes and for AWS Gen2 instance sizes that use the Standard (gp3) volume type. Atlas derives the value from `diskIops`; you can't configure it.
     */
    diskThroughput: number;
    /**
     * Type of storage attached to your AWS-provisioned cluster. This value doesn't return for GCP or Azure clusters. See the resource documentation for `electableSpecs` for additional `ebsVolumeType` configuration details.
     */
    ebsVolumeType: string;
    /**
     * Hardware specification for the instance sizes in this region.
     */
    instanceSize: string;
    /**
     * Number of nodes of the given type for MongoDB Atlas to deploy to the region.
     */
    nodeCount: number;
}
export interface GetAiModelApiKeysResult {
    /**
     * Identifier used to reference this API key in admin API calls.
     */
    apiKeyId: string;
    /**
     * Cloud provider scope for this API key. Use "ANY" for cloud-agnostic scope.
     */
    cloud: string;
    /**
     * UTC date when the API key was created. This parameter is formatted as an ISO 8601 timestamp.
     */
    createdAt: string;
    /**
     * Name of the user that created this API key. If no user name is available, the user ID is returned.
     */
    createdBy: string;
    /**
     * Server-computed endpoint hostname derived from `cloud` and `geography`. This field is read-only and must not be supplied in request bodies.
     */
    endpoint: string;
    /**
     * Geography scope for this API key. Use "ANY" for geography-agnostic scope.
     */
    geography: string;
    /**
     * UTC date when the API key was last used. This parameter is formatted as an ISO 8601 timestamp.
     */
    lastUsedAt: string;
    /**
     * A partially obfuscated version of the API key secret returned when the API key was created.
     */
    maskedSecret: string;
    /**
     * Arbitrary string identifier assigned to this API key for convenient identification.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * A string describing the current status of the API key.
     */
    status: string;
}
export interface GetAiModelOrgApiKeysResult {
    /**
     * Identifier used to reference this API key in admin API calls.
     */
    apiKeyId: string;
    /**
     * Cloud provider scope for this API key. Use "ANY" for cloud-agnostic scope.
     */
    cloud: string;
    /**
     * UTC date when the API key was created. This parameter is formatted as an ISO 8601 timestamp.
     */
    createdAt: string;
    /**
     * Name of the user that created this API key. If no user name is available, the user ID is returned.
     */
    createdBy: string;
    /**
     * Server-computed endpoint hostname derived from `cloud` and `geography`. This field is read-only and must not be supplied in request bodies.
     */
    endpoint: string;
    /**
     * Geography scope for this API key. Use "ANY" for geography-agnostic scope.
     */
    geography: string;
    /**
     * UTC date when the API key was last used. This parameter is formatted as an ISO 8601 timestamp.
     */
    lastUsedAt: string;
    /**
     * A partially obfuscated version of the API key secret returned when the API key was created.
     */
    maskedSecret: string;
    /**
     * Arbitrary string identifier assigned to this API key for convenient identification.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * A string describing the current status of the API key.
     */
    status: string;
}
export interface GetAiModelOrgRateLimitsResult {
    /**
     * Cloud provider scope for this rate limit. Use "ANY" for cloud-agnostic scope.
     */
    cloud: string;
    /**
     * Server-computed endpoint hostname derived from `cloud` and `geography`. This field is read-only and must not be supplied in request bodies.
     */
    endpoint: string;
    /**
     * Geography scope for this rate limit. Use "ANY" for geography-agnostic scope.
     */
    geography: string;
    /**
     * Identifier used to reference this model group.
     */
    modelGroupName: string;
    /**
     * List of embedding model names included in this model group.
     */
    modelNames: string[];
    /**
     * The number of requests per minute allowed for this model group. Must be a positive integer. Cannot be more than the organization level limit for this group model.
     */
    requestsPerMinuteLimit: number;
    /**
     * The number of tokens per minute allowed for this model group. Must be a positive integer. Cannot be more than the organization level limit for this group model.
     */
    tokensPerMinuteLimit: number;
}
export interface GetAiModelRateLimitsResult {
    /**
     * Cloud provider scope for this rate limit. Use "ANY" for cloud-agnostic scope.
     */
    cloud: string;
    /**
     * Server-computed endpoint hostname derived from `cloud` and `geography`. This field is read-only and must not be supplied in request bodies.
     */
    endpoint: string;
    /**
     * Geography scope for this rate limit. Use "ANY" for geography-agnostic scope.
     */
    geography: string;
    /**
     * Identifier used to reference this model group.
     */
    modelGroupName: string;
    /**
     * List of embedding model names included in this model group.
     */
    modelNames: string[];
    /**
     * The number of requests per minute allowed for this model group. Must be a positive integer. Cannot be more than the organization level limit for this group model.
     */
    requestsPerMinuteLimit: number;
    /**
     * The number of tokens per minute allowed for this model group. Must be a positive integer. Cannot be more than the organization level limit for this group model.
     */
    tokensPerMinuteLimit: number;
}
export interface GetAlertConfigurationMatcher {
    /**
     * Name of the field in the target object to match on.
     */
    fieldName: string;
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Value to test with the specified operator. If `fieldName` is set to TYPE_NAME, you can match on the following values:
     * - `PRIMARY`
     * - `SECONDARY`
     * - `STANDALONE`
     * - `CONFIG`
     * - `MONGOS`
     */
    value: string;
}
export interface GetAlertConfigurationMetricThresholdConfig {
    /**
     * Name of the metric to check. The full list being quite large, please refer to atlas docs [here for general metrics](https://www.mongodb.com/docs/atlas/reference/alert-host-metrics/#measurement-types) and [here for serverless metrics](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-create-config/#serverless-measurements)
     */
    metricName: string;
    /**
     * This must be set to AVERAGE. Atlas computes the current metric value as an average.
     */
    mode: string;
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Threshold value outside of which an alert will be triggered.
     */
    threshold: number;
    /**
     * The units for the threshold value. Depends on the type of metric.
     * Refer to the [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-get-config/#request-body-parameters) for a list of accepted values.
     */
    units: string;
}
export interface GetAlertConfigurationNotification {
    /**
     * Slack API token. Required for the SLACK notifications type. If the token later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    apiToken: string;
    /**
     * Slack channel name. Required for the SLACK notifications type.
     */
    channelName: string;
    /**
     * Datadog API Key. Found in the Datadog dashboard. Required for the DATADOG notifications type.
     */
    datadogApiKey: string;
    /**
     * Region that indicates which API URL to use. See the `datadogRegion` field in the `notifications` request parameter of [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) for more details. The default Datadog region is US.
     */
    datadogRegion: string;
    /**
     * Number of minutes to wait after an alert condition is detected before sending out the first notification.
     */
    delayMin: number;
    /**
     * Email address to which alert notifications are sent. Required for the EMAIL notifications type.
     */
    emailAddress: string;
    /**
     * Flag indicating email notifications should be sent. Atlas returns this value if `typeName` is set  to `ORG`, `GROUP`, or `USER`.
     */
    emailEnabled: boolean;
    /**
     * The ID of the associated integration, the credentials of which to use for requests.
     */
    integrationId: string;
    /**
     * Number of minutes to wait between successive notifications for unacknowledged alerts that are not resolved. The minimum value is 5.
     */
    intervalMin: number;
    /**
     * Microsoft Teams channel incoming webhook URL. Required for the `MICROSOFT_TEAMS` notifications type.
     */
    microsoftTeamsWebhookUrl: string;
    /**
     * Mobile number to which alert notifications are sent. Required for the SMS notifications type.
     */
    mobileNumber: string;
    /**
     * The notifier ID is a system-generated unique identifier assigned to each notification method. This is needed when updating third-party notifications without requiring explicit authentication credentials.
     */
    notifierId: string;
    /**
     * Opsgenie API Key. Required for the `OPS_GENIE` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    opsGenieApiKey: string;
    /**
     * Region that indicates which API URL to use. Accepted regions are: `US` ,`EU`. The default Opsgenie region is US.
     */
    opsGenieRegion: string;
    /**
     * Atlas role in current Project or Organization. Atlas returns this value if you set `typeName` to `ORG` or `GROUP`.
     */
    roles: string[];
    /**
     * PagerDuty service key. Required for the PAGER_DUTY notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    serviceKey: string;
    /**
     * Flag indicating text notifications should be sent. Atlas returns this value if `typeName` is set to `ORG`, `GROUP`, or `USER`.
     */
    smsEnabled: boolean;
    /**
     * Unique identifier of a team.
     */
    teamId: string;
    /**
     * Label for the team that receives this notification.
     */
    teamName: string;
    /**
     * Type of alert notification.
     * Accepted values are:
     * - `DATADOG`
     * - `EMAIL`
     * - `GROUP` (Project)
     * - `OPS_GENIE`
     * - `ORG`
     * - `PAGER_DUTY`
     * - `SLACK`
     * - `SMS`
     * - `TEAM`
     * - `USER`
     * - `VICTOR_OPS`
     * - `WEBHOOK`
     * - `MICROSOFT_TEAMS`
     */
    typeName: string;
    /**
     * Name of the Atlas user to which to send notifications. Only a user in the project that owns the alert configuration is allowed here. Required for the `USER` notifications type.
     */
    username: string;
    /**
     * VictorOps API key. Required for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsApiKey: string;
    /**
     * VictorOps routing key. Optional for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsRoutingKey: string;
    /**
     * Authentication secret for the `WEBHOOK` notifications type.
     */
    webhookSecret: string;
    /**
     * Target URL  for the `WEBHOOK` notifications type.
     */
    webhookUrl: string;
}
export interface GetAlertConfigurationOutput {
    label?: string;
    type: string;
    /**
     * Value to test with the specified operator. If `fieldName` is set to TYPE_NAME, you can match on the following values:
     * - `PRIMARY`
     * - `SECONDARY`
     * - `STANDALONE`
     * - `CONFIG`
     * - `MONGOS`
     */
    value: string;
}
export interface GetAlertConfigurationThresholdConfig {
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Threshold value outside of which an alert will be triggered.
     */
    threshold: number;
    /**
     * The units for the threshold value. Depends on the type of metric.
     * Refer to the [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-get-config/#request-body-parameters) for a list of accepted values.
     */
    units: string;
}
export interface GetAlertConfigurationsListOption {
    includeCount?: boolean;
    itemsPerPage?: number;
    pageNum?: number;
}
export interface GetAlertConfigurationsResult {
    /**
     * The ID of the alert configuration
     */
    alertConfigurationId: string;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was created.
     */
    created: string;
    /**
     * If set to true, the alert configuration is enabled. If enabled is not exported it is set to false.
     */
    enabled: boolean;
    /**
     * The type of event that will trigger an alert.
     */
    eventType: string;
    id: string;
    /**
     * Rules to apply when matching an object against this alert configuration. See matchers.
     */
    matchers: outputs.GetAlertConfigurationsResultMatcher[];
    /**
     * The threshold that causes an alert to be triggered. Required if `eventTypeName` : `OUTSIDE_METRIC_THRESHOLD` or `OUTSIDE_SERVERLESS_METRIC_THRESHOLD`. See metric threshold config.
     */
    metricThresholdConfigs: outputs.GetAlertConfigurationsResultMetricThresholdConfig[];
    /**
     * List of notifications to send when an alert condition is detected. See notification.
     */
    notifications: outputs.GetAlertConfigurationsResultNotification[];
    /**
     * Requested output string format for the alert configuration
     */
    outputs: outputs.GetAlertConfigurationsResultOutput[];
    /**
     * The unique ID for the project to get the alert configurations, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Severity of the event.
     */
    severityOverride: string;
    /**
     * Threshold that triggers an alert. Required if `eventTypeName` is any value other than `OUTSIDE_METRIC_THRESHOLD` or `OUTSIDE_SERVERLESS_METRIC_THRESHOLD`. See threshold config.
     */
    thresholdConfigs: outputs.GetAlertConfigurationsResultThresholdConfig[];
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was last updated.
     */
    updated: string;
}
export interface GetAlertConfigurationsResultMatcher {
    /**
     * Name of the field in the target object to match on.
     */
    fieldName: string;
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Value to test with the specified operator. If `fieldName` is set to TYPE_NAME, you can match on the following values:
     * - `PRIMARY`
     * - `SECONDARY`
     * - `STANDALONE`
     * - `CONFIG`
     * - `MONGOS`
     */
    value: string;
}
export interface GetAlertConfigurationsResultMetricThresholdConfig {
    /**
     * Name of the metric to check. The full list being quite large, please refer to atlas docs [here for general metrics](https://www.mongodb.com/docs/atlas/reference/alert-host-metrics/#measurement-types) and [here for serverless metrics](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-create-config/#serverless-measurements)
     */
    metricName: string;
    /**
     * This must be set to AVERAGE. Atlas computes the current metric value as an average.
     */
    mode: string;
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Threshold value outside of which an alert will be triggered.
     */
    threshold: number;
    /**
     * The units for the threshold value. Depends on the type of metric.
     * Refer to the [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-get-config/#request-body-parameters) for a list of accepted values.
     */
    units: string;
}
export interface GetAlertConfigurationsResultNotification {
    /**
     * Slack API token. Required for the SLACK notifications type. If the token later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    apiToken: string;
    /**
     * Slack channel name. Required for the SLACK notifications type.
     */
    channelName: string;
    /**
     * Datadog API Key. Found in the Datadog dashboard. Required for the DATADOG notifications type.
     */
    datadogApiKey: string;
    /**
     * Region that indicates which API URL to use. See the `datadogRegion` field in the `notifications` request parameter of [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) for more details. The default Datadog region is US.
     */
    datadogRegion: string;
    /**
     * Number of minutes to wait after an alert condition is detected before sending out the first notification.
     */
    delayMin: number;
    /**
     * Email address to which alert notifications are sent. Required for the EMAIL notifications type.
     */
    emailAddress: string;
    /**
     * Flag indicating email notifications should be sent. Atlas returns this value if `typeName` is set  to `ORG`, `GROUP`, or `USER`.
     */
    emailEnabled: boolean;
    /**
     * The ID of the associated integration, the credentials of which to use for requests.
     */
    integrationId: string;
    /**
     * Number of minutes to wait between successive notifications for unacknowledged alerts that are not resolved. The minimum value is 5.
     */
    intervalMin: number;
    /**
     * Microsoft Teams channel incoming webhook URL. Required for the `MICROSOFT_TEAMS` notifications type.
     */
    microsoftTeamsWebhookUrl: string;
    /**
     * Mobile number to which alert notifications are sent. Required for the SMS notifications type.
     */
    mobileNumber: string;
    /**
     * The notifier ID is a system-generated unique identifier assigned to each notification method. This is needed when updating third-party notifications without requiring explicit authentication credentials.
     */
    notifierId: string;
    /**
     * Opsgenie API Key. Required for the `OPS_GENIE` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the token.
     */
    opsGenieApiKey: string;
    /**
     * Region that indicates which API URL to use. Accepted regions are: `US` ,`EU`. The default Opsgenie region is US.
     */
    opsGenieRegion: string;
    /**
     * Atlas role in current Project or Organization. Atlas returns this value if you set `typeName` to `ORG` or `GROUP`.
     */
    roles: string[];
    /**
     * PagerDuty service key. Required for the PAGER_DUTY notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    serviceKey: string;
    /**
     * Flag indicating text notifications should be sent. Atlas returns this value if `typeName` is set to `ORG`, `GROUP`, or `USER`.
     */
    smsEnabled: boolean;
    /**
     * Unique identifier of a team.
     */
    teamId: string;
    /**
     * Label for the team that receives this notification.
     */
    teamName: string;
    /**
     * Type of alert notification.
     * Accepted values are:
     * - `DATADOG`
     * - `EMAIL`
     * - `GROUP` (Project)
     * - `OPS_GENIE`
     * - `ORG`
     * - `PAGER_DUTY`
     * - `SLACK`
     * - `SMS`
     * - `TEAM`
     * - `USER`
     * - `VICTOR_OPS`
     * - `WEBHOOK`
     * - `MICROSOFT_TEAMS`
     */
    typeName: string;
    /**
     * Name of the Atlas user to which to send notifications. Only a user in the project that owns the alert configuration is allowed here. Required for the `USER` notifications type.
     */
    username: string;
    /**
     * VictorOps API key. Required for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsApiKey: string;
    /**
     * VictorOps routing key. Optional for the `VICTOR_OPS` notifications type. If the key later becomes invalid, Atlas sends an email to the project owner and eventually removes the key.
     */
    victorOpsRoutingKey: string;
    /**
     * Authentication secret for the `WEBHOOK` notifications type.
     */
    webhookSecret: string;
    /**
     * Target URL  for the `WEBHOOK` notifications type.
     */
    webhookUrl: string;
}
export interface GetAlertConfigurationsResultOutput {
    label: string;
    type: string;
    /**
     * Value to test with the specified operator. If `fieldName` is set to TYPE_NAME, you can match on the following values:
     * - `PRIMARY`
     * - `SECONDARY`
     * - `STANDALONE`
     * - `CONFIG`
     * - `MONGOS`
     */
    value: string;
}
export interface GetAlertConfigurationsResultThresholdConfig {
    /**
     * The operator to apply when checking the current metric value against the threshold value.
     * Accepted values are:
     * - `GREATER_THAN`
     * - `LESS_THAN`
     */
    operator: string;
    /**
     * Threshold value outside of which an alert will be triggered.
     */
    threshold: number;
    /**
     * The units for the threshold value. Depends on the type of metric.
     * Refer to the [MongoDB API Alert Configuration documentation](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-get-config/#request-body-parameters) for a list of accepted values.
     */
    units: string;
}
export interface GetApiKeyProjectAssignmentsResult {
    /**
     * Unique 24-hexadecimal digit string that identifies this organization API key that you want to assign to one project.
     */
    apiKeyId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Human-readable label that identifies the collection of privileges that MongoDB Cloud grants a specific API key, MongoDB Cloud user, or MongoDB Cloud team. These roles include only the specific project-level roles.
     */
    roles: string[];
}
export interface GetApiKeysResult {
    /**
     * Unique identifier for the API key you want to update. Use the /orgs/{ORG-ID}/apiKeys endpoint to retrieve all API keys to which the authenticated user has access for the specified organization.
     */
    apiKeyId: string;
    /**
     * Description of this Organization API key.
     */
    description: string;
    publicKey: string;
    /**
     * Name of the role. This resource returns all the roles the user has in Atlas.
     *
     * The following are valid roles:
     * * `ORG_OWNER`
     * * `ORG_GROUP_CREATOR`
     * * `ORG_BILLING_ADMIN`
     * * `ORG_READ_ONLY`
     * * `ORG_MEMBER`
     *
     * See [MongoDB Atlas API - Return All Organization API Keys](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Programmatic-API-Keys/operation/listApiKeys) - Documentation for more information.
     */
    roleNames: string[];
}
export interface GetAtlasUserLink {
    href: string;
    rel: string;
}
export interface GetAtlasUserRole {
    groupId: string;
    orgId: string;
    roleName: string;
}
export interface GetAtlasUsersResult {
    /**
     * Two alphabet characters that identifies MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when the current account is created. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * **(DEPRECATED)** Email address that belongs to the MongoDB Atlas user. This attribute is deprecated and will be removed in the next major release. Please transition to `data.mongodbatlas_organization.users.username`, `data.mongodbatlas_team.users.username` or `data.mongodbatlas_project.users.username` attributes. For more details, see Migration Guide: Migrate off deprecated `mongodbatlas.getAtlasUser` and `mongodbatlas.getAtlasUsers`."
     *
     * @deprecated This attribute is deprecated and will be removed in the next major release. Please transition to `data.mongodbatlas_organization.users.username, data.mongodbatlas_team.users.username or data.mongodbatlas_project.users.username attributes`. For more details, see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/atlas-user-management.
     */
    emailAddress: string;
    /**
     * First or given name that belongs to the MongoDB Atlas user.
     */
    firstName: string;
    id: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Atlas user.
     */
    lastName: string;
    links: outputs.GetAtlasUsersResultLink[];
    /**
     * Mobile phone number that belongs to the MongoDB Atlas user.
     */
    mobileNumber: string;
    roles: outputs.GetAtlasUsersResultRole[];
    /**
     * List of unique 24-hexadecimal digit strings that identifies the teams to which this MongoDB Atlas user belongs.
     * * `links.#.href` - Uniform Resource Locator (URL) that points another API resource to which this response has some relationship. This URL often begins with https://cloud.mongodb.com/api/atlas.
     * * `links.#.rel` - Uniform Resource Locator (URL) that defines the semantic relationship between this resource and another API resource. This URL often begins with https://cloud.mongodb.com/api/atlas.
     * * `roles.#.group_id` - Unique 24-hexadecimal digit string that identifies the project to which this role belongs. You can set a value for this parameter or orgId but not both in the same request.
     * * `roles.#.org_id` - Unique 24-hexadecimal digit string that identifies the organization to which this role belongs. You can set a value for this parameter or groupId but not both in the same request.
     * * `roles.#.role_name` - Human-readable label that identifies the collection of privileges that MongoDB Atlas grants a specific API key, user, or team. These roles include organization- and project-level roles. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#service-user-roles) describes the valid roles that can be assigned.
     */
    teamIds: string[];
    /**
     * Unique 24-hexadecimal digit string that identifies this user.
     */
    userId: string;
    /**
     * Email address that belongs to the MongoDB Atlas user account. You cannot modify this address after creating the user.
     */
    username: string;
}
export interface GetAtlasUsersResultLink {
    href: string;
    rel: string;
}
export interface GetAtlasUsersResultRole {
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization whose users you want to return. Also needed when `teamId` attributes is defined.
     */
    orgId: string;
    roleName: string;
}
export interface GetBackupCompliancePolicyOnDemandPolicyItem {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetBackupCompliancePolicyPolicyItemDaily {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetBackupCompliancePolicyPolicyItemHourly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetBackupCompliancePolicyPolicyItemMonthly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetBackupCompliancePolicyPolicyItemWeekly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetBackupCompliancePolicyPolicyItemYearly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the backup policy item. For yearly policies, the frequency type is defined as `yearly`. Note that this is a read-only value and not required in plan files - its value is implied from the policy resource type.
     */
    frequencyType: string;
    /**
     * Unique identifier of the backup policy item.
     */
    id: string;
    /**
     * Scope of the backup policy item: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`. Yearly policy must have retention of at least 1 year.
     */
    retentionValue: number;
}
export interface GetCloudBackupCollectionRestoreJobCollection {
    /**
     * Collection requested to restore, as `database.collection`.
     */
    sourceNamespace: string;
    /**
     * Requested target collection as `database.collection`; if empty, source namespace is used.
     */
    targetNamespace: string;
}
export interface GetCloudBackupCollectionRestoreJobCollectionIndexStatus {
    /**
     * Error message if index build failed.
     */
    errorMessage: string;
    /**
     * List of index specifications that failed to build (up to 64 items).
     */
    failedIndexes: string[];
    /**
     * Index build state indicating the status of index creation during or after a restore operation.
     */
    state: string;
}
export interface GetCloudBackupCollectionRestoreJobCollectionsResult {
    /**
     * Actual target namespace after restore (e.g. after conflict rename).
     */
    effectiveTargetNamespace: string;
    /**
     * Index build status for a collection within a restore job.
     */
    indexStatus: outputs.GetCloudBackupCollectionRestoreJobCollectionsResultIndexStatus;
    /**
     * Number of documents restored so far.
     */
    restoredDocuments: number;
    /**
     * Source namespace that was requested to restore.
     */
    sourceNamespace: string;
    /**
     * Current state of this collection within the restore job.
     */
    state: string;
    /**
     * Requested target namespace for the restored collection.
     */
    targetNamespace: string;
    /**
     * Total document count for this collection.
     */
    totalDocuments: number;
}
export interface GetCloudBackupCollectionRestoreJobCollectionsResultIndexStatus {
    /**
     * Error message if index build failed.
     */
    errorMessage: string;
    /**
     * List of index specifications that failed to build (up to 64 items).
     */
    failedIndexes: string[];
    /**
     * Index build state indicating the status of index creation during or after a restore operation.
     */
    state: string;
}
export interface GetCloudBackupCollectionRestoreJobDatabase {
    /**
     * Database name requested to restore.
     */
    sourceNamespace: string;
    /**
     * Requested target database name; if empty, source database name is used.
     */
    targetNamespace: string;
}
export interface GetCloudBackupCollectionRestoreJobIndexStatus {
    /**
     * Number of collections that failed to build indexes.
     */
    failedCollectionCount: number;
    /**
     * Index build state indicating the status of index creation during or after a restore operation.
     */
    state: string;
}
export interface GetCloudBackupCollectionRestoreJobsResult {
    /**
     * Suffix applied to restored collection names.
     */
    collectionSuffix: string;
    /**
     * List of collections in the restore scope (up to 100 items).
     */
    collections: outputs.GetCloudBackupCollectionRestoreJobsResultCollection[];
    /**
     * Date and time when the restore job was created (ISO 8601 format in UTC).
     */
    createdAt: string;
    /**
     * Suffix applied to restored database names.
     */
    databaseSuffix: string;
    /**
     * List of databases in the restore scope (up to 100 items).
     */
    databases: outputs.GetCloudBackupCollectionRestoreJobsResultDatabase[];
    /**
     * Error message when the job has failed or been canceled.
     */
    errorMessage: string;
    /**
     * Date and time when the restore job finished (ISO 8601 format in UTC).
     */
    finishedAt: string;
    /**
     * Overall index build status for a collection restore job.
     */
    indexStatus: outputs.GetCloudBackupCollectionRestoreJobsResultIndexStatus;
    /**
     * Strategy for restoring indexes (all, none, or all except TTL).
     */
    indexStrategy: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the collection restore job.
     */
    jobId: string;
    /**
     * Oplog increment for point-in-time restore.
     */
    oplogInc: number;
    /**
     * Oplog timestamp (seconds part) for point-in-time restore.
     */
    oplogTs: number;
    /**
     * Point-in-time restore time in seconds since UNIX epoch.
     */
    pointInTimeUtcSeconds: number;
    /**
     * Number of documents restored so far across all supported collections.
     */
    restoredDocuments: number;
    /**
     * Unique 24-hexadecimal digit string that identifies the snapshot being restored.
     */
    snapshotId: string;
    /**
     * Current state of the collection restore job.
     */
    state: string;
    /**
     * Human-readable label that identifies the target cluster.
     */
    targetClusterName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    targetProjectId: string;
    /**
     * Total number of documents across all supported collections in the restore job. This value may initially reflect an estimate based on collection metadata and can change as accurate document counts become available during the restore.
     */
    totalDocuments: number;
    /**
     * Strategy for writing data on the target (create as new or overwrite existing). With `OVERWRITE_EXISTING`, any writes to the affected databases or collections during the restore will be lost when the existing namespaces are dropped and replaced. To avoid data loss, stop writes to the affected namespaces before starting the restore.
     */
    writeStrategy: string;
}
export interface GetCloudBackupCollectionRestoreJobsResultCollection {
    /**
     * Collection requested to restore, as `database.collection`.
     */
    sourceNamespace: string;
    /**
     * Requested target collection as `database.collection`; if empty, source namespace is used.
     */
    targetNamespace: string;
}
export interface GetCloudBackupCollectionRestoreJobsResultDatabase {
    /**
     * Database name requested to restore.
     */
    sourceNamespace: string;
    /**
     * Requested target database name; if empty, source database name is used.
     */
    targetNamespace: string;
}
export interface GetCloudBackupCollectionRestoreJobsResultIndexStatus {
    /**
     * Number of collections that failed to build indexes.
     */
    failedCollectionCount: number;
    /**
     * Index build state indicating the status of index creation during or after a restore operation.
     */
    state: string;
}
export interface GetCloudBackupScheduleCopySetting {
    /**
     * Human-readable label that identifies the cloud provider that stores the snapshot copy. i.e. "AWS" "AZURE" "GCP"
     */
    cloudProvider: string;
    /**
     * Copy-policy items when `copyPolicyItemsEnabled` is true. See below.
     */
    copyPolicyItems: outputs.GetCloudBackupScheduleCopySettingCopyPolicyItem[];
    /**
     * (Deprecated) List that describes which types of snapshots to copy when `copyPolicyItemsEnabled` is false. Values: `HOURLY`, `DAILY`, `WEEKLY`, `MONTHLY`, `YEARLY`, `ON_DEMAND`. Use `copyPolicyItems` or `lastNumberOfSnapshots` instead.
     *
     * @deprecated This parameter is deprecated. Please transition to `copyPolicyItems` or `lastNumberOfSnapshots`.
     */
    frequencies: string[];
    /**
     * Number of most recent snapshots copied when `copyPolicyItemsEnabled` is true.
     */
    lastNumberOfSnapshots: number;
    /**
     * Target region to copy snapshots belonging to replicationSpecId to. Please supply the 'Atlas Region' which can be found under https://www.mongodb.com/docs/atlas/reference/cloud-providers/ 'regions' link
     */
    regionName: string;
    /**
     * Flag that indicates whether to copy the oplogs to the target region. You can use the oplogs to perform point-in-time restores.
     */
    shouldCopyOplogs: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies the zone in a cluster. For global clusters, there can be multiple zones to choose from. For sharded clusters and replica set clusters, there is only one zone in the cluster.
     */
    zoneId: string;
}
export interface GetCloudBackupScheduleCopySettingCopyPolicyItem {
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupScheduleExport {
    /**
     * Unique identifier of the mongodbatlas.CloudBackupSnapshotExportBucket export_bucket_id value.
     */
    exportBucketId: string;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
}
export interface GetCloudBackupSchedulePolicyItemDaily {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupSchedulePolicyItemHourly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupSchedulePolicyItemMonthly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupSchedulePolicyItemWeekly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupSchedulePolicyItemYearly {
    /**
     * Desired frequency of the new backup policy item specified by `frequencyType` (yearly in this case). The supported values for yearly policies are
     */
    frequencyInterval: number;
    /**
     * Frequency associated with the copy policy item: `hourly`, `daily`, `weekly`, `monthly`, `yearly`, or `ondemand`.
     */
    frequencyType: string;
    /**
     * Unique identifier of the copy policy item.
     */
    id: string;
    /**
     * Unit of time for copy retention: `days`, `weeks`, `months`, or `years`.
     */
    retentionUnit: string;
    /**
     * Value to associate with `retentionUnit`.
     */
    retentionValue: number;
}
export interface GetCloudBackupSnapshotDatabaseCollectionsResult {
    /**
     * Human-readable label that identifies the collection in the database within the snapshot.
     */
    name: string;
}
export interface GetCloudBackupSnapshotDatabasesResult {
    /**
     * Human-readable label that identifies the database within the snapshot.
     */
    name: string;
}
export interface GetCloudBackupSnapshotExportBucketsResult {
    /**
     * Name of the bucket that the provided role ID is authorized to access.
     */
    bucketName: string;
    /**
     * Name of the provider of the cloud service where Atlas can access the S3 bucket.
     */
    cloudProvider: string;
    /**
     * Unique identifier of the snapshot bucket id.
     */
    exportBucketId: string;
    /**
     * Unique identifier of the role that Atlas can use to access the bucket.
     */
    iamRoleId: string;
    /**
     * Unique identifier of the Azure Service Principal that Atlas can use to access the Azure Blob Storage Container.
     */
    roleId: string;
    /**
     * URL that identifies the blob Endpoint of the Azure Blob Storage Account.
     */
    serviceUrl: string;
    /**
     * UUID that identifies the Azure Active Directory Tenant ID.
     *
     * @deprecated This parameter is deprecated.
     */
    tenantId: string;
}
export interface GetCloudBackupSnapshotExportJobComponent {
    /**
     * _Returned for sharded clusters only._ Export job details for each replica set in the sharded cluster.
     */
    exportId: string;
    /**
     * _Returned for sharded clusters only._ Unique identifier of the export job for the replica set.
     */
    replicaSetName: string;
}
export interface GetCloudBackupSnapshotExportJobCustomData {
    /**
     * Custom data specified as key in the key and value pair.
     */
    key: string;
    /**
     * Value for the key specified using `key`.
     */
    value: string;
}
export interface GetCloudBackupSnapshotExportJobsResult {
    /**
     * _Returned for sharded clusters only._ Export job details for each replica set in the sharded cluster.
     */
    components: outputs.GetCloudBackupSnapshotExportJobsResultComponent[];
    /**
     * Timestamp in ISO 8601 date and time format in UTC when the export job was created.
     */
    createdAt: string;
    /**
     * Custom data to include in the metadata file named `.complete` that Atlas uploads to the bucket when the export job finishes. Custom data can be specified as key and value pairs.
     */
    customDatas: outputs.GetCloudBackupSnapshotExportJobsResultCustomData[];
    /**
     * Unique identifier of the AWS bucket to export the Cloud Backup snapshot to.
     */
    exportBucketId: string;
    /**
     * Unique identifier of the export job.
     * * ` prefix  ` - Full path on the cloud provider bucket to the folder where the snapshot is exported. The path is in the following format:`/exported_snapshots/{ORG-NAME}/{PROJECT-NAME}/{CLUSTER-NAME}/{SNAPSHOT-INITIATION-DATE}/{TIMESTAMP}`
     */
    exportJobId: string;
    exportStatusExportedCollections: number;
    exportStatusTotalCollections: number;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when the export job completes.
     */
    finishedAt: string;
    prefix: string;
    /**
     * Unique identifier of the Cloud Backup snapshot to export.
     */
    snapshotId: string;
    /**
     * Status of the export job. Value can be one of the following:
     * * `Queued` - indicates that the export job is queued
     * * `InProgress` - indicates that the snapshot is being exported
     * * `Successful` - indicates that the export job has completed successfully
     * * `Failed` - indicates that the export job has failed
     * * `Cancelled` - indicates that the export job has cancelled
     */
    state: string;
}
export interface GetCloudBackupSnapshotExportJobsResultComponent {
    /**
     * _Returned for sharded clusters only._ Export job details for each replica set in the sharded cluster.
     */
    exportId: string;
    /**
     * _Returned for sharded clusters only._ Unique identifier of the export job for the replica set.
     */
    replicaSetName: string;
}
export interface GetCloudBackupSnapshotExportJobsResultCustomData {
    /**
     * Custom data specified as key in the key and value pair.
     */
    key: string;
    /**
     * Value for the key specified using `key`.
     */
    value: string;
}
export interface GetCloudBackupSnapshotMember {
    /**
     * Cloud provider that stores this snapshot.
     */
    cloudProvider: string;
    /**
     * Unique identifier for the sharded cluster snapshot.
     */
    id: string;
    /**
     * Label given to a shard or config server from which Atlas took this snapshot.
     */
    replicaSetName: string;
}
export interface GetCloudBackupSnapshotRestoreJobsResult {
    /**
     * Indicates whether the restore job was canceled.
     */
    cancelled: boolean;
    /**
     * Type of restore job to create. Possible values are: automated and download.
     */
    deliveryType: string;
    /**
     * One or more URLs for the compressed snapshot files for manual download. Only visible if deliveryType is download.
     */
    deliveryUrls: string[];
    /**
     * Indicates whether the restore job expired.
     */
    expired: boolean;
    /**
     * UTC ISO 8601 formatted point in time when the restore job expires.
     */
    expiresAt: string;
    /**
     * Indicates whether the restore job failed.
     */
    failed: boolean;
    /**
     * UTC ISO 8601 formatted point in time when the restore job completed.
     */
    finishedAt: string;
    /**
     * The unique identifier of the restore job.
     */
    id: string;
    /**
     * Oplog operation number from which to you want to restore this snapshot.
     */
    oplogInc: number;
    /**
     * Timestamp in the number of seconds that have elapsed since the UNIX epoch.
     */
    oplogTs: number;
    /**
     * Timestamp in the number of seconds that have elapsed since the UNIX epoch.
     */
    pointInTimeUtcSeconds: number;
    /**
     * Unique identifier of the source snapshot ID of the restore job.
     */
    snapshotId: string;
    /**
     * Name of the target Atlas cluster to which the restore job restores the snapshot. Only visible if deliveryType is automated.
     */
    targetClusterName: string;
    /**
     * Name of the target Atlas project of the restore job. Only visible if deliveryType is automated.
     */
    targetProjectId: string;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when the snapshot associated to snapshotId was taken.
     */
    timestamp: string;
}
export interface GetCloudBackupSnapshotsResult {
    /**
     * Cloud provider that stores this snapshot.
     */
    cloudProvider: string;
    /**
     * UTC ISO 8601 formatted point in time when Atlas took the snapshot.
     */
    createdAt: string;
    /**
     * UDescription of the snapshot. Only present for on-demand snapshots.
     */
    description: string;
    /**
     * UTC ISO 8601 formatted point in time when Atlas will delete the snapshot.
     */
    expiresAt: string;
    /**
     * Unique identifier for the sharded cluster snapshot.
     */
    id: string;
    /**
     * Unique ID of the AWS KMS Customer Master Key used to encrypt the snapshot. Only visible for clusters using Encryption at Rest via Customer KMS.
     */
    masterKeyUuid: string;
    /**
     * Block of List of snapshots and the cloud provider where the snapshots are stored. See below
     */
    members: outputs.GetCloudBackupSnapshotsResultMember[];
    /**
     * Version of the MongoDB server.
     */
    mongodVersion: string;
    /**
     * Label given to a shard or config server from which Atlas took this snapshot.
     */
    replicaSetName: string;
    /**
     * Unique identifiers of the snapshots created for the shards and config server for a sharded cluster.
     */
    snapshotIds: string[];
    /**
     * Specified the type of snapshot. Valid values are onDemand and scheduled.
     */
    snapshotType: string;
    /**
     * Current status of the snapshot. One of the following values: queued, inProgress, completed, failed.
     */
    status: string;
    /**
     * Specifies the size of the snapshot in bytes.
     */
    storageSizeBytes: number;
    /**
     * Specifies the type of cluster: replicaSet or shardedCluster.
     */
    type: string;
}
export interface GetCloudBackupSnapshotsResultMember {
    /**
     * Cloud provider that stores this snapshot.
     */
    cloudProvider: string;
    /**
     * Unique identifier for the sharded cluster snapshot.
     */
    id: string;
    /**
     * Label given to a shard or config server from which Atlas took this snapshot.
     */
    replicaSetName: string;
}
export interface GetCloudProviderAccessSetupAwsConfig {
    /**
     * Unique external ID Atlas uses when assuming the IAM role in your AWS account.
     */
    atlasAssumedRoleExternalId: string;
    /**
     * ARN associated with the Atlas AWS account used to assume IAM roles in your AWS account.
     */
    atlasAwsAccountArn: string;
}
export interface GetCloudProviderAccessSetupAzureConfig {
    /**
     * Azure Active Directory Application ID of Atlas.
     */
    atlasAzureAppId: string;
    /**
     * UUID string that identifies the Azure Service Principal.
     */
    servicePrincipalId: string;
    /**
     * UUID String that identifies the Azure Active Directory Tenant ID.
     */
    tenantId: string;
}
export interface GetCloudProviderAccessSetupGcpConfig {
    /**
     * The GCP service account email that Atlas uses.
     */
    serviceAccountForAtlas: string;
    /**
     * The status of the GCP cloud provider access setup. See [MongoDB Atlas API](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-getgroupcloudprovideraccess#operation-getgroupcloudprovideraccess-200-body-application-vnd-atlas-2023-01-01-json-gcp-object-status).
     */
    status: string;
}
export interface GetCloudUserOrgAssignmentRoles {
    /**
     * One or more organization level roles to assign the MongoDB Cloud user.
     */
    orgRoles: string[];
    /**
     * List of project level role assignments to assign the MongoDB Cloud user.
     */
    projectRoleAssignments: outputs.GetCloudUserOrgAssignmentRolesProjectRoleAssignment[];
}
export interface GetCloudUserOrgAssignmentRolesProjectRoleAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies the project to which these roles belong.
     */
    projectId: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    projectRoles: string[];
}
export interface GetCloudUserTeamAssignmentRoles {
    /**
     * One or more organization level roles to assign the MongoDB Cloud user.
     */
    orgRoles: string[];
    /**
     * List of project level role assignments to assign the MongoDB Cloud user.
     */
    projectRoleAssignments: outputs.GetCloudUserTeamAssignmentRolesProjectRoleAssignment[];
}
export interface GetCloudUserTeamAssignmentRolesProjectRoleAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies the project to which these roles belong.
     */
    projectId: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    projectRoles: string[];
}
export interface GetClusterAdvancedConfiguration {
    /**
     * (Optional) The minimum pre- and post-image retention time in seconds. This parameter is only supported for MongoDB version 6.0 and above. Defaults to `-1`(off).
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s: string[];
    defaultMaxTimeMs: number;
    /**
     * [Default level of acknowledgment requested from MongoDB for read operations](https://www.mongodb.com/docs/manual/reference/read-concern/) set for this cluster. **(DEPRECATED)** MongoDB 6.0 and later clusters default to `local`. To use a custom read concern level, please refer to your driver documentation.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    defaultReadConcern: string;
    /**
     * [Default level of acknowledgment requested from MongoDB for write operations](https://www.mongodb.com/docs/manual/reference/write-concern/) set for this cluster. MongoDB 6.0 clusters default to [majority](https://www.mongodb.com/docs/manual/reference/write-concern/).
     */
    defaultWriteConcern: string;
    /**
     * **(DEPRECATED)** When true, documents can only be updated or inserted if, for all indexed fields on the target collection, the corresponding index entries do not exceed 1024 bytes. When false, mongod writes documents that exceed the limit but does not index them.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    failIndexKeyTooLong: boolean;
    /**
     * When true, the cluster allows execution of operations that perform server-side executions of JavaScript. When false, the cluster disables execution of those operations.
     */
    javascriptEnabled: boolean;
    /**
     * Sets the minimum Transport Layer Security (TLS) version the cluster accepts for incoming connections. Valid values are:
     * - TLS1_2
     * - TLS1_3
     */
    minimumEnabledTlsProtocol: string;
    /**
     * When true, the cluster disables the execution of any query that requires a collection scan to return results. When false, the cluster allows the execution of those operations.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours. A value of null indicates that the cluster uses the default minimum oplog window that MongoDB Cloud calculates.
     */
    oplogMinRetentionHours: number;
    /**
     * The custom oplog size of the cluster. Without a value that indicates that the cluster uses the default oplog size calculated by Atlas.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema. The default value is 300. The specified value must be a positive integer. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information. Defaults to 100. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3.
     */
    tlsCipherConfigMode: string;
    /**
     * Lifetime, in seconds, of multi-document transactions. Defaults to 60 seconds.
     */
    transactionLifetimeLimitSeconds: number;
}
export interface GetClusterBiConnectorConfig {
    /**
     * Indicates whether or not BI Connector for Atlas is enabled on the cluster.
     */
    enabled: boolean;
    /**
     * Indicates the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     */
    readPreference: string;
}
export interface GetClusterConnectionString {
    awsPrivateLink: {
        [key: string]: string;
    };
    awsPrivateLinkSrv: {
        [key: string]: string;
    };
    private: string;
    privateEndpoints: outputs.GetClusterConnectionStringPrivateEndpoint[];
    privateSrv: string;
    standard: string;
    standardSrv: string;
}
export interface GetClusterConnectionStringPrivateEndpoint {
    connectionString: string;
    endpoints: outputs.GetClusterConnectionStringPrivateEndpointEndpoint[];
    srvConnectionString: string;
    srvShardOptimizedConnectionString: string;
    type: string;
}
export interface GetClusterConnectionStringPrivateEndpointEndpoint {
    endpointId: string;
    /**
     * Indicates the cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    region: string;
}
export interface GetClusterLabel {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetClusterOutageSimulationOutageFilter {
    /**
     * The cloud provider of the region that undergoes the outage simulation. Following values are supported:
     * * `AWS`
     * * `GCP`
     * * `AZURE`
     */
    cloudProvider: string;
    /**
     * The Atlas name of the region undergoing an outage simulation.
     */
    regionName: string;
    /**
     * The type of cluster outage simulation. Following values are supported:
     * * `REGION` (Simulates a cluster outage for a region)
     */
    type: string;
}
export interface GetClusterPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z").
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface GetClusterReplicationSpec {
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    /**
     * Number of shards to deploy in the specified zone.
     */
    numShards: number;
    /**
     * Describes the physical location of the region. Each regionsConfig document describes the region’s priority in elections and the number and type of MongoDB nodes Atlas deploys to the region. You must order each regionsConfigs document by regionsConfig.priority, descending. See Region Config below for more details.
     */
    regionsConfigs: outputs.GetClusterReplicationSpecRegionsConfig[];
    /**
     * Indicates the n ame for the zone in a Global Cluster.
     */
    zoneName: string;
}
export interface GetClusterReplicationSpecRegionsConfig {
    /**
     * Indicates the number of analytics nodes for Atlas to deploy to the region. Analytics nodes are useful for handling analytic data such as reporting queries from BI Connector for Atlas. Analytics nodes are read-only, and can never become the primary.
     */
    analyticsNodes: number;
    /**
     * Number of electable nodes for Atlas to deploy to the region.
     */
    electableNodes: number;
    /**
     * Election priority of the region. For regions with only read-only nodes, set this value to 0.
     */
    priority: number;
    /**
     * Number of read-only nodes for Atlas to deploy to the region. Read-only nodes can never become the primary, but can facilitate local-reads. Specify 0 if you do not want any read-only nodes in the region.
     */
    readOnlyNodes: number;
    /**
     * Name for the region specified.
     */
    regionName: string;
}
export interface GetClusterSnapshotBackupPolicy {
    clusterId: string;
    clusterName: string;
    nextSnapshot: string;
    policies: outputs.GetClusterSnapshotBackupPolicyPolicy[];
    referenceHourOfDay: number;
    referenceMinuteOfHour: number;
    restoreWindowDays: number;
    updateSnapshots: boolean;
}
export interface GetClusterSnapshotBackupPolicyPolicy {
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    policyItems: outputs.GetClusterSnapshotBackupPolicyPolicyPolicyItem[];
}
export interface GetClusterSnapshotBackupPolicyPolicyPolicyItem {
    frequencyInterval: number;
    frequencyType: string;
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    retentionUnit: string;
    retentionValue: number;
}
export interface GetClusterTag {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetClustersResult {
    /**
     * Get the advanced configuration options. See Advanced Configuration below for more details.
     */
    advancedConfigurations: outputs.GetClustersResultAdvancedConfiguration[];
    /**
     * Specifies whether cluster tier auto-scaling is enabled. The default is false.
     */
    autoScalingComputeEnabled: boolean;
    /**
     * * `autoScalingComputeScaleDownEnabled` - Specifies whether cluster tier auto-down-scaling is enabled.
     */
    autoScalingComputeScaleDownEnabled: boolean;
    /**
     * Indicates whether disk auto-scaling is enabled.
     */
    autoScalingDiskGbEnabled: boolean;
    /**
     * Indicates Cloud service provider on which the server for a multi-tenant cluster is provisioned.
     */
    backingProviderName: string;
    /**
     * Legacy Option, Indicates whether Atlas continuous backups are enabled for the cluster.
     */
    backupEnabled: boolean;
    /**
     * Indicates BI Connector for Atlas configuration on this cluster. BI Connector for Atlas is only available for M10+ clusters. See BI Connector below for more details.
     */
    biConnectorConfigs: outputs.GetClustersResultBiConnectorConfig[];
    /**
     * Indicates the type of the cluster that you want to modify. You cannot convert a sharded cluster deployment to a replica set deployment.
     */
    clusterType: string;
    /**
     * Set of connection strings that your applications use to connect to this cluster. More information in [Connection-strings](https://www.mongodb.com/docs/manual/reference/connection-string/). Use the parameters in this object to connect your applications to this cluster. To learn more about the formats of connection strings, see [Connection String Options](https://www.mongodb.com/docs/atlas/reference/faq/connection-changes/). NOTE: Atlas returns the contents of this object after the cluster is operational, not while it builds the cluster.
     * - `connection_strings.#.standard` -   Public mongodb:// connection string for this cluster.
     * - `connection_strings.#.standard_srv` - Public mongodb+srv:// connection string for this cluster. The mongodb+srv protocol tells the driver to look up the seed list of hosts in DNS. Atlas synchronizes this list with the nodes in a cluster. If the connection string uses this URI format, you don’t need to append the seed list or change the URI if the nodes change. Use this URI format if your driver supports it. If it doesn’t, use connectionStrings.standard.
     * - `connection_strings.#.private` -   [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     * - `connection_strings.#.private_srv` -  [Network-peering-endpoint-aware](https://www.mongodb.com/docs/atlas/security-vpc-peering/#vpc-peering) mongodb+srv://connection strings for each interface VPC endpoint you configured to connect to this cluster. Returned only if you created a network peering connection to this cluster.
     * - `connection_strings.#.private_endpoint.#.connection_string` - Private-endpoint-aware `mongodb://`connection string for this private endpoint.
     * - `connection_strings.#.private_endpoint.#.srv_connection_string` - Private-endpoint-aware `mongodb+srv://` connection string for this private endpoint.
     * - `connection_strings.#.private_endpoint.#.srv_shard_optimized_connection_string` - Private endpoint-aware connection string optimized for sharded clusters that uses the `mongodb+srv://` protocol to connect to MongoDB Cloud through a private endpoint.
     * - `connection_strings.#.private_endpoint.#.type` - Type of MongoDB process that you connect to with the connection strings. Atlas returns `MONGOD` for replica sets, or `MONGOS` for sharded clusters.
     * - `connection_strings.#.private_endpoint.#.endpoints` - Private endpoint through which you connect to Atlas when you use `connection_strings.#.private_endpoint.#.connection_string` or `connection_strings.#.private_endpoint.#.srv_connection_string`
     * - `connection_strings.#.private_endpoint.#.endpoints.#.endpoint_id` - Unique identifier of the private endpoint.
     * - `connection_strings.#.private_endpoint.#.endpoints.#.provider_name` - Cloud provider to which you deployed the private endpoint. Atlas returns `AWS` or `AZURE`.
     * - `connection_strings.#.private_endpoint.#.endpoints.#.region` - Region to which you deployed the private endpoint.
     */
    connectionStrings: outputs.GetClustersResultConnectionString[];
    /**
     * The Network Peering Container ID.
     */
    containerId: string;
    /**
     * Indicates the size in gigabytes of the server’s root volume (AWS/GCP Only).
     */
    diskSizeGb: number;
    /**
     * Indicates whether Encryption at Rest is enabled or disabled.
     */
    encryptionAtRestProvider: string;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below. **DEPRECATED** Use `tags` instead.
     */
    labels: outputs.GetClustersResultLabel[];
    /**
     * Indicates the version of the cluster to deploy.
     */
    mongoDbMajorVersion: string;
    /**
     * Version of MongoDB the cluster runs, in `major-version`.`minor-version` format.
     */
    mongoDbVersion: string;
    /**
     * Base connection string for the cluster. Atlas only displays this field after the cluster is operational, not while it builds the cluster.
     */
    mongoUri: string;
    /**
     * Lists when the connection string was last updated. The connection string changes, for example, if you change a replica set to a sharded cluster.
     */
    mongoUriUpdated: string;
    /**
     * Describes connection string for connecting to the Atlas cluster. Includes the replicaSet, ssl, and authSource query parameters in the connection string with values appropriate for the cluster.
     */
    mongoUriWithOptions: string;
    /**
     * The name of the current plugin
     */
    name: string;
    /**
     * Number of shards to deploy in the specified zone.
     */
    numShards: number;
    /**
     * Flag that indicates whether the cluster is paused or not.
     */
    paused: boolean;
    /**
     * The pinned Feature Compatibility Version (FCV) with its associated expiration date. See below.
     */
    pinnedFcvs: outputs.GetClustersResultPinnedFcv[];
    /**
     * Flag that indicates if the cluster uses Continuous Cloud Backup.
     */
    pitEnabled: boolean;
    /**
     * Maximum instance size to which your cluster can automatically scale.
     */
    providerAutoScalingComputeMaxInstanceSize: string;
    /**
     * Minimum instance size to which your cluster can automatically scale.
     */
    providerAutoScalingComputeMinInstanceSize: string;
    /**
     * Flag indicating if the cluster uses Cloud Backup Snapshots for backups. **DEPRECATED**
     */
    providerBackupEnabled: boolean;
    /**
     * Indicates the maximum input/output operations per second (IOPS) the system can perform. The possible values depend on the selected providerSettings.instanceSizeName and diskSizeGB.
     */
    providerDiskIops: number;
    /**
     * Describes Azure disk type of the server’s root volume (Azure Only).
     */
    providerDiskTypeName: string;
    /**
     * **(DEPRECATED)** Indicates whether the Amazon EBS encryption is enabled. This feature encrypts the server’s root volume for both data at rest within the volume and data moving between the volume and the instance. By default this attribute is always enabled, per deprecation process showing the real value at `providerEncryptEbsVolumeFlag` computed attribute.
     */
    providerEncryptEbsVolume: boolean;
    /**
     * Atlas provides different instance sizes, each with a default storage capacity and RAM size.
     */
    providerInstanceSizeName: string;
    /**
     * Indicates the cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    /**
     * Indicates Physical location of your MongoDB cluster. The region you choose can affect network latency for clients accessing your databases. Requires the Atlas Region name, see the reference list for [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    providerRegionName: string;
    /**
     * Indicates the type of the volume. The possible values are: `STANDARD` and `PROVISIONED`.
     * > **NOTE:** `STANDARD` is not available for NVME clusters.
     */
    providerVolumeType: string;
    /**
     * (Optional) Flag that enables or disables log redaction, see the [manual](https://www.mongodb.com/docs/manual/administration/monitoring/#log-redaction) for more information.
     */
    redactClientLogData: boolean;
    /**
     * (Deprecated) Number of replica set members. Each member keeps a copy of your databases, providing high availability and data redundancy. The possible values are 3, 5, or 7. The default value is 3.
     */
    replicationFactor: number;
    /**
     * Configuration for cluster regions.  See Replication Spec below for more details.
     */
    replicationSpecs: outputs.GetClustersResultReplicationSpec[];
    /**
     * current snapshot schedule and retention settings for the cluster.
     */
    snapshotBackupPolicies: outputs.GetClustersResultSnapshotBackupPolicy[];
    /**
     * Connection string for connecting to the Atlas cluster. The +srv modifier forces the connection to use TLS/SSL. See the mongoURI for additional options.
     */
    srvAddress: string;
    /**
     * Indicates the current state of the cluster. The possible states are:
     * - IDLE
     * - CREATING
     * - UPDATING
     * - DELETING
     * - DELETED
     * - REPAIRING
     */
    stateName: string;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    tags: outputs.GetClustersResultTag[];
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled: boolean;
    /**
     * Release cadence that Atlas uses for this cluster.
     */
    versionReleaseSystem: string;
}
export interface GetClustersResultAdvancedConfiguration {
    /**
     * (Optional) The minimum pre- and post-image retention time in seconds. This parameter is only supported for MongoDB version 6.0 and above. Defaults to `-1`(off).
     */
    changeStreamOptionsPreAndPostImagesExpireAfterSeconds: number;
    /**
     * The custom OpenSSL cipher suite list for TLS 1.2. This field is only valid when `tlsCipherConfigMode` is set to `CUSTOM`.
     */
    customOpensslCipherConfigTls12s: string[];
    defaultMaxTimeMs: number;
    /**
     * [Default level of acknowledgment requested from MongoDB for read operations](https://www.mongodb.com/docs/manual/reference/read-concern/) set for this cluster. **(DEPRECATED)** MongoDB 6.0 and later clusters default to `local`. To use a custom read concern level, please refer to your driver documentation.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    defaultReadConcern: string;
    /**
     * [Default level of acknowledgment requested from MongoDB for write operations](https://www.mongodb.com/docs/manual/reference/write-concern/) set for this cluster. MongoDB 6.0 clusters default to [majority](https://www.mongodb.com/docs/manual/reference/write-concern/).
     */
    defaultWriteConcern: string;
    /**
     * **(DEPRECATED)** When true, documents can only be updated or inserted if, for all indexed fields on the target collection, the corresponding index entries do not exceed 1024 bytes. When false, mongod writes documents that exceed the limit but does not index them.
     *
     * @deprecated This parameter is deprecated. Please refer to our examples, documentation, and 1.18.0 migration guide for more details at https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/1.18.0-upgrade-guide
     */
    failIndexKeyTooLong: boolean;
    /**
     * When true, the cluster allows execution of operations that perform server-side executions of JavaScript. When false, the cluster disables execution of those operations.
     */
    javascriptEnabled: boolean;
    /**
     * Sets the minimum Transport Layer Security (TLS) version the cluster accepts for incoming connections. Valid values are:
     * - TLS1_2
     * - TLS1_3
     */
    minimumEnabledTlsProtocol: string;
    /**
     * When true, the cluster disables the execution of any query that requires a collection scan to return results. When false, the cluster allows the execution of those operations.
     */
    noTableScan: boolean;
    /**
     * Minimum retention window for cluster's oplog expressed in hours. A value of null indicates that the cluster uses the default minimum oplog window that MongoDB Cloud calculates.
     */
    oplogMinRetentionHours: number;
    /**
     * The custom oplog size of the cluster. Without a value that indicates that the cluster uses the default oplog size calculated by Atlas.
     */
    oplogSizeMb: number;
    /**
     * Interval in seconds at which the mongosqld process re-samples data to create its relational schema. The default value is 300. The specified value must be a positive integer. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleRefreshIntervalBiConnector: number;
    /**
     * Number of documents per database to sample when gathering schema information. Defaults to 100. Available only for Atlas deployments in which BI Connector for Atlas is enabled.
     */
    sampleSizeBiConnector: number;
    /**
     * The TLS cipher suite configuration mode. Valid values include `CUSTOM` or `DEFAULT`. The `DEFAULT` mode uses the default cipher suites. The `CUSTOM` mode allows you to specify custom cipher suites for both TLS 1.2 and TLS 1.3.
     */
    tlsCipherConfigMode: string;
    transactionLifetimeLimitSeconds: number;
}
export interface GetClustersResultBiConnectorConfig {
    /**
     * Indicates whether or not BI Connector for Atlas is enabled on the cluster.
     */
    enabled: boolean;
    /**
     * Indicates the read preference to be used by BI Connector for Atlas on the cluster. Each BI Connector for Atlas read preference contains a distinct combination of [readPreference](https://www.mongodb.com/docs/manual/core/read-preference/) and [readPreferenceTags](https://www.mongodb.com/docs/manual/core/read-preference/#tag-sets) options. For details, refer to [Atlas cluster read preferences](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#read-preferences).
     */
    readPreference: string;
}
export interface GetClustersResultConnectionString {
    awsPrivateLink: {
        [key: string]: string;
    };
    awsPrivateLinkSrv: {
        [key: string]: string;
    };
    private: string;
    privateEndpoints: outputs.GetClustersResultConnectionStringPrivateEndpoint[];
    privateSrv: string;
    standard: string;
    standardSrv: string;
}
export interface GetClustersResultConnectionStringPrivateEndpoint {
    connectionString: string;
    endpoints: outputs.GetClustersResultConnectionStringPrivateEndpointEndpoint[];
    srvConnectionString: string;
    srvShardOptimizedConnectionString: string;
    type: string;
}
export interface GetClustersResultConnectionStringPrivateEndpointEndpoint {
    endpointId: string;
    /**
     * Indicates the cloud service provider on which the servers are provisioned.
     */
    providerName: string;
    region: string;
}
export interface GetClustersResultLabel {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetClustersResultPinnedFcv {
    /**
     * Expiration date of the fixed FCV. This value is in the ISO 8601 timestamp format (e.g. "2024-12-04T16:25:00Z").
     */
    expirationDate: string;
    /**
     * Feature compatibility version of the cluster.
     */
    version: string;
}
export interface GetClustersResultReplicationSpec {
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    /**
     * Number of shards to deploy in the specified zone.
     */
    numShards: number;
    /**
     * Describes the physical location of the region. Each regionsConfig document describes the region’s priority in elections and the number and type of MongoDB nodes Atlas deploys to the region. You must order each regionsConfigs document by regionsConfig.priority, descending. See Region Config below for more details.
     */
    regionsConfigs: outputs.GetClustersResultReplicationSpecRegionsConfig[];
    /**
     * Indicates the n ame for the zone in a Global Cluster.
     */
    zoneName: string;
}
export interface GetClustersResultReplicationSpecRegionsConfig {
    /**
     * Indicates the number of analytics nodes for Atlas to deploy to the region. Analytics nodes are useful for handling analytic data such as reporting queries from BI Connector for Atlas. Analytics nodes are read-only, and can never become the primary.
     */
    analyticsNodes: number;
    /**
     * Number of electable nodes for Atlas to deploy to the region.
     */
    electableNodes: number;
    /**
     * Election priority of the region. For regions with only read-only nodes, set this value to 0.
     */
    priority: number;
    /**
     * Number of read-only nodes for Atlas to deploy to the region. Read-only nodes can never become the primary, but can facilitate local-reads. Specify 0 if you do not want any read-only nodes in the region.
     */
    readOnlyNodes: number;
    /**
     * Name for the region specified.
     */
    regionName: string;
}
export interface GetClustersResultSnapshotBackupPolicy {
    clusterId: string;
    clusterName: string;
    nextSnapshot: string;
    policies: outputs.GetClustersResultSnapshotBackupPolicyPolicy[];
    referenceHourOfDay: number;
    referenceMinuteOfHour: number;
    restoreWindowDays: number;
    updateSnapshots: boolean;
}
export interface GetClustersResultSnapshotBackupPolicyPolicy {
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    policyItems: outputs.GetClustersResultSnapshotBackupPolicyPolicyPolicyItem[];
}
export interface GetClustersResultSnapshotBackupPolicyPolicyPolicyItem {
    frequencyInterval: number;
    frequencyType: string;
    /**
     * Unique identifer of the replication document for a zone in a Global Cluster. This value corresponds to the legacy sharding schema (no independent shard scaling) and is different from the Shard ID you may see in the Atlas UI.
     */
    id: string;
    retentionUnit: string;
    retentionValue: number;
}
export interface GetClustersResultTag {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetControlPlaneIpAddressesInbound {
    /**
     * Control plane IP addresses in AWS. Each key identifies an Amazon Web Services (AWS) region. Each value identifies control plane IP addresses in the AWS region.
     */
    aws: {
        [key: string]: string[];
    };
    /**
     * Control plane IP addresses in Azure. Each key identifies an Azure region. Each value identifies control plane IP addresses in the Azure region.
     */
    azure: {
        [key: string]: string[];
    };
    /**
     * Control plane IP addresses in GCP. Each key identifies a Google Cloud (GCP) region. Each value identifies control plane IP addresses in the GCP region.
     */
    gcp: {
        [key: string]: string[];
    };
}
export interface GetControlPlaneIpAddressesOutbound {
    /**
     * Control plane IP addresses in AWS. Each key identifies an Amazon Web Services (AWS) region. Each value identifies control plane IP addresses in the AWS region.
     */
    aws: {
        [key: string]: string[];
    };
    /**
     * Control plane IP addresses in Azure. Each key identifies an Azure region. Each value identifies control plane IP addresses in the Azure region.
     */
    azure: {
        [key: string]: string[];
    };
    /**
     * Control plane IP addresses in GCP. Each key identifies a Google Cloud (GCP) region. Each value identifies control plane IP addresses in the GCP region.
     */
    gcp: {
        [key: string]: string[];
    };
}
export interface GetCustomDbRoleAction {
    /**
     * (Required) Name of the privilege action. For a complete list of actions available in the Atlas API, see Custom Role Actions.
     */
    action: string;
    /**
     * (Required) Contains information on where the action is granted. Each object in the array either indicates a database and collection on which the action is granted, or indicates that the action is granted on the cluster resource.
     */
    resources: outputs.GetCustomDbRoleActionResource[];
}
export interface GetCustomDbRoleActionResource {
    cluster: boolean;
    collectionName: string;
    /**
     * (Required) Database on which the inherited role is granted.
     */
    databaseName: string;
}
export interface GetCustomDbRoleInheritedRole {
    /**
     * (Required) Database on which the inherited role is granted.
     */
    databaseName: string;
    /**
     * Name of the custom role.
     */
    roleName: string;
}
export interface GetCustomDbRolesResult {
    actions: outputs.GetCustomDbRolesResultAction[];
    inheritedRoles: outputs.GetCustomDbRolesResultInheritedRole[];
    /**
     * (Required) Name of the inherited role. This can either be another custom role or a built-in role.
     */
    roleName: string;
}
export interface GetCustomDbRolesResultAction {
    /**
     * (Required) Name of the privilege action. For a complete list of actions available in the Atlas API, see Custom Role Actions.
     */
    action: string;
    /**
     * (Required) Contains information on where the action is granted. Each object in the array either indicates a database and collection on which the action is granted, or indicates that the action is granted on the cluster resource.
     */
    resources: outputs.GetCustomDbRolesResultActionResource[];
}
export interface GetCustomDbRolesResultActionResource {
    cluster: boolean;
    collectionName: string;
    /**
     * (Required) Database on which the inherited role is granted.
     */
    databaseName: string;
}
export interface GetCustomDbRolesResultInheritedRole {
    /**
     * (Required) Database on which the inherited role is granted.
     */
    databaseName: string;
    /**
     * (Required) Name of the inherited role. This can either be another custom role or a built-in role.
     */
    roleName: string;
}
export interface GetDatabaseUserLabel {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetDatabaseUserRole {
    /**
     * Collection for which the role applies. You can specify a collection for the `read` and `readWrite` roles. If you do not specify a collection for `read` and `readWrite`, the role applies to all collections in the database (excluding some collections in the `system`. database).
     */
    collectionName: string;
    /**
     * Database on which the user has the specified role. A role on the `admin` database can include privileges that apply to the other databases.
     */
    databaseName: string;
    roleName: string;
}
export interface GetDatabaseUserScope {
    /**
     * Name of the role to grant.
     */
    name: string;
    /**
     * Type of resource that the user has access to. See [Database User API](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createdatabaseuser) for the list of valid values.
     */
    type: string;
}
export interface GetDatabaseUsersResult {
    /**
     * (Required) Database against which Atlas authenticates the user. A user must provide both a username and authentication database to log into MongoDB.
     * Possible values include:
     */
    authDatabaseName: string;
    /**
     * The new database user authenticates with AWS IAM credentials. Default is `NONE`, `USER` means user has AWS IAM user credentials, `ROLE` - means user has credentials associated with an AWS IAM role.
     */
    awsIamType: string;
    /**
     * Description of this database user.
     */
    description: string;
    /**
     * Autogenerated Unique ID for this data source.
     */
    id: string;
    labels: outputs.GetDatabaseUsersResultLabel[];
    /**
     * Method by which the provided username is authenticated. Default is `NONE`. Other valid values are: `USER`, `GROUP`.
     */
    ldapAuthType: string;
    /**
     * (Optional) Human-readable label that indicates whether the new database user authenticates with OIDC (OpenID Connect) federated authentication. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use OIDC federated authentication.
     * * `IDP_GROUP` - OIDC Workforce federated authentication group. To learn more about OIDC federated authentication, see [Set up Workforce Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     * * `USER` - OIDC Workload federated authentication user. To learn more about OIDC federated authentication, see [Set up Workload Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     */
    oidcAuthType: string;
    /**
     * The unique ID for the project to get all database users, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * List of user’s roles and the databases / collections on which the roles apply. A role allows the user to perform particular actions on the specified database. A role on the admin database can include privileges that apply to the other databases as well. See Roles below for more details.
     */
    roles: outputs.GetDatabaseUsersResultRole[];
    /**
     * Array of clusters and Atlas Data Federation that this user has access to.
     */
    scopes: outputs.GetDatabaseUsersResultScope[];
    /**
     * Username for authenticating to MongoDB.
     */
    username: string;
    /**
     * X.509 method by which the provided username is authenticated.
     */
    x509Type: string;
}
export interface GetDatabaseUsersResultLabel {
    /**
     * The key that you want to write.
     */
    key: string;
    /**
     * The value that you want to write.
     */
    value: string;
}
export interface GetDatabaseUsersResultRole {
    /**
     * Collection for which the role applies. You can specify a collection for the `read` and `readWrite` roles. If you do not specify a collection for `read` and `readWrite`, the role applies to all collections in the database (excluding some collections in the `system`. database).
     */
    collectionName: string;
    /**
     * Database on which the user has the specified role. A role on the `admin` database can include privileges that apply to the other databases.
     */
    databaseName: string;
    /**
     * Name of the role to grant.
     */
    roleName: string;
}
export interface GetDatabaseUsersResultScope {
    /**
     * Name of the cluster or Atlas Data Federation that the user has access to.
     */
    name: string;
    /**
     * Type of resource that the user has access to. See [Database User API](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createdatabaseuser) for the list of valid values.
     */
    type: string;
}
export interface GetEncryptionAtRestAwsKmsConfig {
    /**
     * Unique alphanumeric string that identifies an Identity and Access Management (IAM) access key with permissions required to access your Amazon Web Services (AWS) Customer Master Key (CMK).
     */
    accessKeyId: string;
    /**
     * Unique alphanumeric string that identifies the Amazon Web Services (AWS) Customer Master Key (CMK) you used to encrypt and decrypt the MongoDB master keys.
     */
    customerMasterKeyId: string;
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified project through Amazon Web Services (AWS) Key Management Service (KMS). Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Physical location where MongoDB Atlas deploys your AWS-hosted MongoDB cluster nodes. The region you choose can affect network latency for clients accessing your databases. When MongoDB Atlas deploys a dedicated cluster, it checks if a VPC or VPC connection exists for that provider and region. If not, MongoDB Atlas creates them as part of the deployment. MongoDB Atlas assigns the VPC a CIDR block. To limit a new VPC peering connection to one CIDR block and region, create the connection first. Deploy the cluster after the connection starts.
     */
    region: string;
    /**
     * Enable connection to your Amazon Web Services (AWS) Key Management Service (KMS) over private networking.
     */
    requirePrivateNetworking: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies an Amazon Web Services (AWS) Identity and Access Management (IAM) role. This IAM role has the permissions required to manage your AWS customer master key.
     */
    roleId: string;
    /**
     * Human-readable label of the Identity and Access Management (IAM) secret access key with permissions required to access your Amazon Web Services (AWS) customer master key.
     */
    secretAccessKey: string;
    /**
     * Flag that indicates whether the Amazon Web Services (AWS) Key Management Service (KMS) encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface GetEncryptionAtRestAzureKeyVaultConfig {
    /**
     * Azure environment in which your account credentials reside.
     */
    azureEnvironment: string;
    /**
     * Unique 36-hexadecimal character string that identifies an Azure application associated with your Azure Active Directory tenant.
     */
    clientId: string;
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified  project. Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Web address with a unique key that identifies for your Azure Key Vault.
     */
    keyIdentifier: string;
    /**
     * Unique string that identifies the Azure Key Vault that contains your key.
     */
    keyVaultName: string;
    /**
     * Enable connection to your Azure Key Vault over private networking.
     */
    requirePrivateNetworking: boolean;
    /**
     * Name of the Azure resource group that contains your Azure Key Vault.
     */
    resourceGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the Azure Service Principal that Atlas uses to access the Azure Key Vault.
     */
    roleId: string;
    /**
     * Private data that you need secured and that belongs to the specified Azure Key Vault (AKV) tenant (**azureKeyVault.tenantID**). This data can include any type of sensitive data such as passwords, database connection strings, API keys, and the like. AKV stores this information as encrypted binary data.
     */
    secret: string;
    /**
     * Unique 36-hexadecimal character string that identifies your Azure subscription.
     */
    subscriptionId: string;
    /**
     * Unique 36-hexadecimal character string that identifies the Azure Active Directory tenant within your Azure subscription.
     */
    tenantId: string;
    /**
     * Flag that indicates whether the Azure encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface GetEncryptionAtRestGoogleCloudKmsConfig {
    /**
     * Flag that indicates whether someone enabled encryption at rest for the specified  project. Setting this field to `false` might lead to an inconsistent Terraform state. To disable encryption at rest, remove the `mongodbatlas.EncryptionAtRest` resource and reapply your configuration.
     */
    enabled: boolean;
    /**
     * Resource path that displays the key version resource ID for your Google Cloud KMS.
     */
    keyVersionResourceId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the Google Cloud Provider Access Role that MongoDB Cloud uses to access the Google Cloud KMS.
     */
    roleId: string;
    /**
     * JavaScript Object Notation (JSON) object that contains the Google Cloud Key Management Service (KMS). Format the JSON as a string and not as an object.
     */
    serviceAccountKey: string;
    /**
     * Flag that indicates whether the Google Cloud Key Management Service (KMS) encryption key can encrypt and decrypt data.
     */
    valid: boolean;
}
export interface GetEncryptionAtRestPrivateEndpointsResult {
    /**
     * Label that identifies the cloud provider for the Encryption At Rest private endpoint.
     */
    cloudProvider: string;
    /**
     * Error message for failures associated with the Encryption At Rest private endpoint.
     */
    errorMessage: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the Private Endpoint Service.
     */
    id: string;
    /**
     * Connection name of the Azure Private Endpoint.
     */
    privateEndpointConnectionName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Cloud provider region in which the Encryption At Rest private endpoint is located.
     */
    regionName: string;
    /**
     * State of the Encryption At Rest private endpoint.
     */
    status: string;
}
export interface GetEventTriggerEventProcessor {
    awsEventbridges: outputs.GetEventTriggerEventProcessorAwsEventbridge[];
}
export interface GetEventTriggerEventProcessorAwsEventbridge {
    /**
     * AWS Account ID.
     */
    configAccountId: string;
    /**
     * Region of AWS Account.
     */
    configRegion: string;
}
export interface GetEventTriggersResult {
    /**
     * The name of the MongoDB collection that the trigger watches for change events.
     */
    configCollection: string;
    /**
     * The name of the MongoDB database to watch.
     */
    configDatabase: string;
    /**
     * If true, indicates that `UPDATE` change events should include the most current [majority-committed](https://www.mongodb.com/docs/manual/reference/read-concern-majority/) version of the modified document in the fullDocument field.
     */
    configFullDocument: boolean;
    /**
     * If true, indicates that `UPDATE` change events should include the previous revision of the modified document in the fullDocumentBeforeChange field.
     */
    configFullDocumentBefore: boolean;
    /**
     * A [$match](https://www.mongodb.com/docs/manual/reference/operator/aggregation/match/) expression document that MongoDB Realm includes in the underlying change stream pipeline for the trigger.
     */
    configMatch: string;
    /**
     * The [authentication operation type](https://www.mongodb.com/docs/realm/triggers/authentication-triggers/#std-label-authentication-event-operation-types) to listen for.
     */
    configOperationType: string;
    /**
     * The [database event operation types](https://www.mongodb.com/docs/realm/triggers/database-triggers/#std-label-database-events) to listen for.
     */
    configOperationTypes: string[];
    /**
     * A [$project](https://www.mongodb.com/docs/manual/reference/operator/aggregation/project/) expression document that Realm uses to filter the fields that appear in change event objects.
     */
    configProject: string;
    /**
     * A list of one or more [authentication provider](https://www.mongodb.com/docs/realm/authentication/providers/) id values. The trigger will only listen for authentication events produced by these providers.
     */
    configProviders: string[];
    /**
     * A [cron expression](https://www.mongodb.com/docs/realm/triggers/cron-expressions/) that defines the trigger schedule.
     */
    configSchedule: string;
    /**
     * The type of the scheduled trigger.
     */
    configScheduleType: string;
    /**
     * The ID of the MongoDB Service associated with the trigger.
     */
    configServiceId: string;
    /**
     * Status of a trigger.
     */
    disabled: boolean;
    /**
     * An object where each field name is an event processor ID and each value is an object that configures its corresponding event processor.
     */
    eventProcessors: outputs.GetEventTriggersResultEventProcessor[];
    /**
     * The ID of the function associated with the trigger.
     */
    functionId: string;
    /**
     * The name of the function associated with the trigger.
     */
    functionName: string;
    /**
     * The name of the trigger.
     */
    name: string;
    /**
     * The unique ID of the trigger.
     */
    triggerId: string;
    /**
     * The type of the trigger. Possible Values: `DATABASE`, `AUTHENTICATION`
     */
    type: string;
    /**
     * Sort order for `DATABASE` type.
     */
    unordered: boolean;
}
export interface GetEventTriggersResultEventProcessor {
    awsEventbridges: outputs.GetEventTriggersResultEventProcessorAwsEventbridge[];
}
export interface GetEventTriggersResultEventProcessorAwsEventbridge {
    /**
     * AWS Account ID.
     */
    configAccountId: string;
    /**
     * Region of AWS Account.
     */
    configRegion: string;
}
export interface GetFederatedDatabaseInstanceCloudProviderConfig {
    aws: outputs.GetFederatedDatabaseInstanceCloudProviderConfigAw[];
    azures: outputs.GetFederatedDatabaseInstanceCloudProviderConfigAzure[];
}
export interface GetFederatedDatabaseInstanceCloudProviderConfigAw {
    /**
     * Unique identifier associated with the IAM Role that the Federated Database Instance assumes when accessing the data stores.
     */
    externalId: string;
    /**
     * Amazon Resource Name (ARN) of the IAM Role that the Federated Database Instance assumes when accessing S3 Bucket data stores. The IAM Role must support the following actions against each S3 bucket:
     * * `s3:GetObject`
     * * `s3:ListBucket`
     * * `s3:GetObjectVersion`
     */
    iamAssumedRoleArn: string;
    /**
     * Amazon Resource Name (ARN) of the user that the Federated Database Instance assumes when accessing S3 Bucket data stores.
     */
    iamUserArn: string;
    /**
     * Unique identifier of the role that the Federated Database Instance can use to access the data stores.
     */
    roleId: string;
    testS3Bucket?: string;
}
export interface GetFederatedDatabaseInstanceCloudProviderConfigAzure {
    atlasAppId: string;
    /**
     * Unique identifier of the role that the Federated Database Instance can use to access the data stores.
     */
    roleId: string;
    /**
     * Unique identifier of the Azure service principal that the Federated Database instance uses to access Azure Blob Storage.
     */
    servicePrincipalId: string;
    /**
     * Unique identifier of the Azure Active Directory tenant where the service principal resides.
     */
    tenantId: string;
}
export interface GetFederatedDatabaseInstanceDataProcessRegion {
    /**
     * Name of the cloud service provider. Supported providers: `AWS`, `AZURE`.
     */
    cloudProvider: string;
    /**
     * Name of the region to which the Federated Instance routes client connections for data processing.
     */
    region: string;
}
export interface GetFederatedDatabaseInstancePrivateEndpointHostname {
    hostname: string;
    privateEndpoint: string;
}
export interface GetFederatedDatabaseInstanceStorageDatabase {
    collections: outputs.GetFederatedDatabaseInstanceStorageDatabaseCollection[];
    maxWildcardCollections: number;
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    views: outputs.GetFederatedDatabaseInstanceStorageDatabaseView[];
}
export interface GetFederatedDatabaseInstanceStorageDatabaseCollection {
    dataSources: outputs.GetFederatedDatabaseInstanceStorageDatabaseCollectionDataSource[];
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
}
export interface GetFederatedDatabaseInstanceStorageDatabaseCollectionDataSource {
    allowInsecure: boolean;
    collection: string;
    collectionRegex: string;
    database: string;
    databaseRegex: string;
    datasetName: string;
    defaultFormat: string;
    path: string;
    provenanceFieldName: string;
    storeName: string;
    urls: string[];
}
export interface GetFederatedDatabaseInstanceStorageDatabaseView {
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    pipeline: string;
    source: string;
}
export interface GetFederatedDatabaseInstanceStorageStore {
    additionalStorageClasses: string[];
    allowInsecure: boolean;
    bucket: string;
    clusterName: string;
    defaultFormat: string;
    delimiter: string;
    includeTags: boolean;
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    prefix: string;
    /**
     * The unique ID for the project to create a Federated Database Instance, also known as `groupId` in the official documentation.
     */
    projectId: string;
    provider: string;
    public: string;
    readPreferences: outputs.GetFederatedDatabaseInstanceStorageStoreReadPreference[];
    /**
     * Name of the region to which the Federated Instance routes client connections for data processing.
     */
    region: string;
    urls: string[];
}
export interface GetFederatedDatabaseInstanceStorageStoreReadPreference {
    maxStalenessSeconds: number;
    mode: string;
    tagSets: outputs.GetFederatedDatabaseInstanceStorageStoreReadPreferenceTagSet[];
}
export interface GetFederatedDatabaseInstanceStorageStoreReadPreferenceTagSet {
    tags: outputs.GetFederatedDatabaseInstanceStorageStoreReadPreferenceTagSetTag[];
}
export interface GetFederatedDatabaseInstanceStorageStoreReadPreferenceTagSetTag {
    /**
     * Name of the Atlas Federated Database Instance.
     */
    name: string;
    value: string;
}
export interface GetFederatedDatabaseInstancesResult {
    cloudProviderConfigs: outputs.GetFederatedDatabaseInstancesResultCloudProviderConfig[];
    dataProcessRegions: outputs.GetFederatedDatabaseInstancesResultDataProcessRegion[];
    /**
     * The list of hostnames assigned to the Federated Database Instance. Each string in the array is a hostname assigned to the Federated Database Instance.
     */
    hostnames: string[];
    name: string;
    /**
     * The list of private endpoint hostnames assigned to the Federated Database Instance.
     * * `private_endpoint_hostnames.#.hostname` -  Human-readable label that identifies the host.
     * * `private_endpoint_hostnames.#.private_endpoint` - Human-readable label that identifies the private endpoint.
     */
    privateEndpointHostnames: outputs.GetFederatedDatabaseInstancesResultPrivateEndpointHostname[];
    /**
     * The unique ID for the project to create a Federated Database Instance, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Current state of the Federated Database Instance:
     * * `ACTIVE` - The Federated Database Instance is active and verified. You can query the data stores associated with the Federated Database Instance.
     * * `DELETED` - The Federated Database Instance was deleted.
     */
    state: string;
    /**
     * Configuration details for mapping each data store to queryable databases and collections. For complete documentation on this object and its nested fields, see [databases](https://www.mongodb.com/docs/atlas/data-federation/config/config-data-stores/). An empty object indicates that the Federated Database Instance has no mapping configuration for any data store.
     * * `storage_databases.#.name` - Name of the database to which the Federated Database Instance maps the data contained in the data store.
     * * `storage_databases.#.collections` -     Array of objects where each object represents a collection and data sources that map to a [stores](https://www.mongodb.com/docs/atlas/data-federation/config/config-data-stores/) data store.
     * * `storage_databases.#.collections.#.name` - Name of the collection.
     * * `storage_databases.#.collections.#.data_sources` -     Array of objects where each object represents a stores data store to map with the collection.
     * * `storage_databases.#.collections.#.data_sources.#.store_name` -     Name of a data store to map to the `<collection>`. Must match the name of an object in the stores array.
     * * `storage_databases.#.collections.#.data_sources.#.dataset_name` -     Human-readable label that identifies the dataset that Atlas generates for an ingestion pipeline run or Online Archive.
     * * `storage_databases.#.collections.#.data_sources.#.default_format` - Default format that Federated Database assumes if it encounters a file without an extension while searching the storeName.
     * * `storage_databases.#.collections.#.data_sources.#.path` - File path that controls how MongoDB Cloud searches for and parses files in the storeName before mapping them to a collection. Specify / to capture all files and folders from the prefix path.
     * * `storage_databases.#.collections.#.data_sources.#.database` - Human-readable label that identifies the database, which contains the collection in the cluster.
     * * `storage_databases.#.collections.#.data_sources.#.allow_insecure` - Flag that validates the scheme in the specified URLs. If true, allows insecure HTTP scheme, doesn't verify the server's certificate chain and hostname, and accepts any certificate with any hostname presented by the server. If false, allows secure HTTPS scheme only.
     * * `storage_databases.#.collections.#.data_sources.#.database_regex` - Regex pattern to use for creating the wildcard database.
     * * `storage_databases.#.collections.#.data_sources.#.collection` - Human-readable label that identifies the collection in the database.
     * * `storage_databases.#.collections.#.data_sources.#.collection_regex` - Regex pattern to use for creating the wildcard (*) collection.
     * * `storage_databases.#.collections.#.data_sources.#.provenance_field_name` - Name for the field that includes the provenance of the documents in the results.
     * * `storage_databases.#.collections.#.data_sources.#.store_name` - Human-readable label that identifies the data store that MongoDB Cloud maps to the collection.
     * * `storage_databases.#.collections.#.data_sources.#.urls` - URLs of the publicly accessible data files. You can't specify URLs that require authentication.
     * * `storage_databases.#.views` -     Array of objects where each object represents an [aggregation pipeline](https://www.mongodb.com/docs/manual/core/aggregation-pipeline/#id1) on a collection. To learn more about views, see [Views](https://www.mongodb.com/docs/manual/core/views/).
     * * `storage_databases.#.views.#.name` - Name of the view.
     * * `storage_databases.#.views.#.source` -  Name of the source collection for the view.
     * * `storage_databases.#.views.#.pipeline`- Aggregation pipeline stage(s) to apply to the source collection.
     */
    storageDatabases: outputs.GetFederatedDatabaseInstancesResultStorageDatabase[];
    /**
     * Each object in the array represents a data store. Federated Database uses the `storage.databases` configuration details to map data in each data store to queryable databases and collections. For complete documentation on this object and its nested fields, see [stores](https://www.mongodb.com/docs/atlas/data-federation/config/config-data-stores/). An empty object indicates that the Federated Database Instance has no configured data stores.
     * * `storage_stores.#.name` - Name of the data store.
     * * `storage_stores.#.provider` - Defines where the data is stored.
     * * `storage_stores.#.region` - Name of the AWS region in which the S3 bucket is hosted.
     * * `storage_stores.#.bucket` - Name of the AWS S3 bucket.
     * * `storage_stores.#.prefix` - Prefix the Federated Database Instance applies when searching for files in the S3 bucket.
     * * `storage_stores.#.delimiter` - The delimiter that separates `storage_databases.#.collections.#.data_sources.#.path` segments in the data store.
     * * `storage_stores.#.include_tags` - Determines whether or not to use S3 tags on the files in the given path as additional partition attributes.
     * * `storage_stores.#.cluster_name` - Human-readable label of the MongoDB Cloud cluster on which the store is based.
     * * `storage_stores.#.allow_insecure` - Flag that validates the scheme in the specified URLs.
     * * `storage_stores.#.public` - Flag that indicates whether the bucket is public.
     * * `storage_stores.#.default_format` - Default format that Atlas Data Federation assumes if it encounters a file without an extension while searching the storeName.
     * * `storage_stores.#.urls` - Comma-separated list of publicly accessible HTTP URLs where data is stored.
     * * `storage_stores.#.read_preference` - MongoDB Cloud cluster read preference, which describes how to route read requests to the cluster.
     * * `storage_stores.#.read_preference.max_staleness_seconds` - Maximum replication lag, or staleness, for reads from secondaries.
     * * `storage_stores.#.read_preference.mode` - Read preference mode that specifies to which replica set member to route the read requests.
     * * `storage_stores.#.read_preference.tag_sets` - List that contains tag sets or tag specification documents.
     * * `storage_stores.#.read_preference.tags` - List of all tags within a tag set
     * * `storage_stores.#.read_preference.tags.name` - Human-readable label of the tag.
     * * `storage_stores.#.read_preference.tags.value` - Value of the tag.
     */
    storageStores: outputs.GetFederatedDatabaseInstancesResultStorageStore[];
}
export interface GetFederatedDatabaseInstancesResultCloudProviderConfig {
    aws: outputs.GetFederatedDatabaseInstancesResultCloudProviderConfigAw[];
    azures: outputs.GetFederatedDatabaseInstancesResultCloudProviderConfigAzure[];
}
export interface GetFederatedDatabaseInstancesResultCloudProviderConfigAw {
    /**
     * Unique identifier associated with the IAM Role that the Federated Database Instance assumes when accessing the data stores.
     */
    externalId: string;
    /**
     * Amazon Resource Name (ARN) of the IAM Role that the Federated Database Instance assumes when accessing S3 Bucket data stores. The IAM Role must support the following actions against each S3 bucket:
     * * `s3:GetObject`
     * * `s3:ListBucket`
     * * `s3:GetObjectVersion`
     */
    iamAssumedRoleArn: string;
    /**
     * Amazon Resource Name (ARN) of the user that the Federated Database Instance assumes when accessing S3 Bucket data stores.
     */
    iamUserArn: string;
    /**
     * Unique identifier of the role that the Federated Database Instance can use to access the data stores.
     */
    roleId: string;
    testS3Bucket?: string;
}
export interface GetFederatedDatabaseInstancesResultCloudProviderConfigAzure {
    /**
     * Unique identifier of the Azure Active Directory application associated with the service principal.
     */
    atlasAppId: string;
    /**
     * Unique identifier of the role that the Federated Database Instance can use to access the data stores.
     */
    roleId: string;
    /**
     * Unique identifier of the Azure service principal that the Federated Database instance uses to access Azure Blob Storage.
     */
    servicePrincipalId: string;
    /**
     * Unique identifier of the Azure Active Directory tenant where the service principal resides.
     */
    tenantId: string;
}
export interface GetFederatedDatabaseInstancesResultDataProcessRegion {
    /**
     * Name of the cloud service provider. Supported providers: `AWS`, `AZURE`.
     */
    cloudProvider: string;
    /**
     * Name of the region to which the Federated Instance routes client connections for data processing.
     */
    region: string;
}
export interface GetFederatedDatabaseInstancesResultPrivateEndpointHostname {
    hostname: string;
    privateEndpoint: string;
}
export interface GetFederatedDatabaseInstancesResultStorageDatabase {
    collections: outputs.GetFederatedDatabaseInstancesResultStorageDatabaseCollection[];
    maxWildcardCollections: number;
    name: string;
    views: outputs.GetFederatedDatabaseInstancesResultStorageDatabaseView[];
}
export interface GetFederatedDatabaseInstancesResultStorageDatabaseCollection {
    dataSources: outputs.GetFederatedDatabaseInstancesResultStorageDatabaseCollectionDataSource[];
    name: string;
}
export interface GetFederatedDatabaseInstancesResultStorageDatabaseCollectionDataSource {
    allowInsecure: boolean;
    collection: string;
    collectionRegex: string;
    database: string;
    databaseRegex: string;
    datasetName: string;
    defaultFormat: string;
    path: string;
    provenanceFieldName: string;
    storeName: string;
    urls: string[];
}
export interface GetFederatedDatabaseInstancesResultStorageDatabaseView {
    name: string;
    pipeline: string;
    source: string;
}
export interface GetFederatedDatabaseInstancesResultStorageStore {
    additionalStorageClasses: string[];
    allowInsecure: boolean;
    bucket: string;
    clusterName: string;
    defaultFormat: string;
    delimiter: string;
    includeTags: boolean;
    name: string;
    prefix: string;
    /**
     * The unique ID for the project to create a Federated Database Instance, also known as `groupId` in the official documentation.
     */
    projectId: string;
    provider: string;
    public: string;
    readPreferences: outputs.GetFederatedDatabaseInstancesResultStorageStoreReadPreference[];
    /**
     * Name of the region to which the Federated Instance routes client connections for data processing.
     */
    region: string;
    urls: string[];
}
export interface GetFederatedDatabaseInstancesResultStorageStoreReadPreference {
    maxStalenessSeconds: number;
    mode: string;
    tagSets: outputs.GetFederatedDatabaseInstancesResultStorageStoreReadPreferenceTagSet[];
}
export interface GetFederatedDatabaseInstancesResultStorageStoreReadPreferenceTagSet {
    tags: outputs.GetFederatedDatabaseInstancesResultStorageStoreReadPreferenceTagSetTag[];
}
export interface GetFederatedDatabaseInstancesResultStorageStoreReadPreferenceTagSetTag {
    name: string;
    value: string;
}
export interface GetFederatedQueryLimitsResult {
    /**
     * Amount that indicates the current usage of the limit.
     */
    currentUsage: number;
    /**
     * Default value of the limit.
     */
    defaultLimit: number;
    /**
     * Only used for Data Federation limits. Timestamp that indicates when this usage limit was last modified. This field uses the ISO 8601 timestamp format in UTC.
     */
    lastModifiedDate: string;
    limitName: string;
    /**
     * Maximum value of the limit.
     */
    maximumLimit: number;
    /**
     * String enum that identifies action to take when the usage limit is exceeded. If limit span is set to QUERY, this is ignored because MongoDB Cloud stops the query when it exceeds the usage limit.
     */
    overrunPolicy: string;
    /**
     * The unique ID for the project to create a Federated Database Instance, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Name of the Atlas Federated Database Instance.
     */
    tenantName: string;
    /**
     * Amount to set the limit to.
     */
    value: number;
}
export interface GetFederatedSettingsIdentityProviderAssociatedOrg {
    /**
     * List that contains the approved domains from which organization users can log in.
     */
    domainAllowLists: string[];
    /**
     * Flag that indicates whether domain restriction is enabled for the connected organization.
     */
    domainRestrictionEnabled: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies the IdP.
     */
    identityProviderId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * List that contains the default roles granted to users who authenticate through the IdP in a connected organization. If you provide a postAuthRoleGrants field in the request, the array that you provide replaces the current postAuthRoleGrants.
     */
    postAuthRoleGrants: string[];
    roleMappings: outputs.GetFederatedSettingsIdentityProviderAssociatedOrgRoleMapping[];
    userConflicts: outputs.GetFederatedSettingsIdentityProviderAssociatedOrgUserConflict[];
}
export interface GetFederatedSettingsIdentityProviderAssociatedOrgRoleMapping {
    /**
     * Unique human-readable label that identifies the identity provider group to which this role mapping applies.
     */
    externalGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies this role mapping.
     */
    id: string;
    /**
     * Atlas roles and the unique identifiers of the groups and organizations associated with each role.
     */
    roleAssignments: outputs.GetFederatedSettingsIdentityProviderAssociatedOrgRoleMappingRoleAssignment[];
}
export interface GetFederatedSettingsIdentityProviderAssociatedOrgRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFederatedSettingsIdentityProviderAssociatedOrgUserConflict {
    /**
     * Email address of the the user that conflicts with selected domains.
     */
    emailAddress: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    federationSettingsId: string;
    /**
     * First name of the the user that conflicts with selected domains.
     */
    firstName: string;
    /**
     * Last name of the the user that conflicts with selected domains.
     */
    lastName: string;
    /**
     * Name of the Atlas user that conflicts with selected domains.
     */
    userId: string;
}
export interface GetFederatedSettingsIdentityProviderPemFileInfo {
    certificates: outputs.GetFederatedSettingsIdentityProviderPemFileInfoCertificate[];
    /**
     * Filename of certificate
     */
    fileName: string;
}
export interface GetFederatedSettingsIdentityProviderPemFileInfoCertificate {
    /**
     * Expiration  Date.
     */
    notAfter: string;
    /**
     * Start Date.
     */
    notBefore: string;
}
export interface GetFederatedSettingsIdentityProvidersResult {
    /**
     * Assertion consumer service URL to which the IdP sends the SAML response.
     */
    acsUrl: string;
    /**
     * List that contains the configured domains from which users can log in for this IdP.
     */
    associatedDomains: string[];
    /**
     * List that contains the configured domains from which users can log in for this IdP.
     */
    associatedOrgs: outputs.GetFederatedSettingsIdentityProvidersResultAssociatedOrg[];
    /**
     * Identifier of the intended recipient of the token.
     */
    audience: string;
    /**
     * Identifier for the intended audience of the SAML Assertion.
     */
    audienceUri: string;
    /**
     * Indicates whether authorization is granted based on group membership or user ID. Valid values are `GROUP` or `USER`.
     */
    authorizationType: string;
    /**
     * Client identifier that is assigned to an application by the Identity Provider.
     */
    clientId: string;
    /**
     * The description of the identity provider.
     */
    description: string;
    /**
     * Human-readable label that identifies the IdP.
     */
    displayName: string;
    /**
     * Identifier of the claim which contains IdP Group IDs in the token.
     */
    groupsClaim: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the IdP.
     */
    idpId: string;
    /**
     * Type of the identity provider. Valid values are `WORKFORCE` or `WORKLOAD`.
     */
    idpType: string;
    /**
     * Identifier for the issuer of the SAML Assertion.
     */
    issuerUri: string;
    oktaIdpId: string;
    pemFileInfos: outputs.GetFederatedSettingsIdentityProvidersResultPemFileInfo[];
    /**
     * The protocol of the identity provider
     */
    protocol: string;
    /**
     * SAML Authentication Request Protocol binding used to send the AuthNRequest. Atlas supports the following binding values:
     * - HTTP POST
     * - HTTP REDIRECT
     */
    requestBinding: string;
    /**
     * Scopes that MongoDB applications will request from the authorization endpoint.
     */
    requestedScopes: string[];
    /**
     * Algorithm used to encrypt the IdP signature. Atlas supports the following signature algorithm values:
     * - SHA-1
     * - SHA-256
     */
    responseSignatureAlgorithm: string;
    /**
     * Flag that indicates whether the IdP has enabled Bypass SAML Mode. Enabling this mode generates a URL that allows you bypass SAML and login to your organizations at any point. You can authenticate with this special URL only when Bypass Mode is enabled. Set this parameter to true during testing. This keeps you from getting locked out of MongoDB.
     */
    ssoDebugEnabled: boolean;
    /**
     * URL of the receiver of the SAML AuthNRequest.
     */
    ssoUrl: string;
    /**
     * Label that indicates whether the identity provider is active. The IdP is Inactive until you map at least one domain to the IdP.
     */
    status: string;
    /**
     * Identifier of the claim which contains the user ID in the token.
     */
    userClaim: string;
}
export interface GetFederatedSettingsIdentityProvidersResultAssociatedOrg {
    /**
     * List that contains the approved domains from which organization users can log in.
     */
    domainAllowLists: string[];
    /**
     * Flag that indicates whether domain restriction is enabled for the connected organization.
     */
    domainRestrictionEnabled: boolean;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    identityProviderId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * List that contains the default roles granted to users who authenticate through the IdP in a connected organization. If you provide a postAuthRoleGrants field in the request, the array that you provide replaces the current postAuthRoleGrants.
     */
    postAuthRoleGrants: string[];
    roleMappings: outputs.GetFederatedSettingsIdentityProvidersResultAssociatedOrgRoleMapping[];
    userConflicts: outputs.GetFederatedSettingsIdentityProvidersResultAssociatedOrgUserConflict[];
}
export interface GetFederatedSettingsIdentityProvidersResultAssociatedOrgRoleMapping {
    /**
     * Unique human-readable label that identifies the identity provider group to which this role mapping applies.
     */
    externalGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies this role mapping.
     */
    id: string;
    /**
     * Atlas roles and the unique identifiers of the groups and organizations associated with each role.
     */
    roleAssignments: outputs.GetFederatedSettingsIdentityProvidersResultAssociatedOrgRoleMappingRoleAssignment[];
}
export interface GetFederatedSettingsIdentityProvidersResultAssociatedOrgRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFederatedSettingsIdentityProvidersResultAssociatedOrgUserConflict {
    /**
     * Email address of the the user that conflicts with selected domains.
     */
    emailAddress: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    federationSettingsId: string;
    /**
     * First name of the the user that conflicts with selected domains.
     */
    firstName: string;
    /**
     * Last name of the the user that conflicts with selected domains.
     */
    lastName: string;
    /**
     * Name of the Atlas user that conflicts with selected domains.
     */
    userId: string;
}
export interface GetFederatedSettingsIdentityProvidersResultPemFileInfo {
    certificates: outputs.GetFederatedSettingsIdentityProvidersResultPemFileInfoCertificate[];
    /**
     * Filename of certificate
     */
    fileName: string;
}
export interface GetFederatedSettingsIdentityProvidersResultPemFileInfoCertificate {
    /**
     * Expiration  Date.
     */
    notAfter: string;
    /**
     * Start Date.
     */
    notBefore: string;
}
export interface GetFederatedSettingsOrgConfigRoleMapping {
    /**
     * Unique human-readable label that identifies the identity provider group to which this role mapping applies.
     */
    externalGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies this role mapping.
     */
    id: string;
    /**
     * Atlas roles and the unique identifiers of the groups and organizations associated with each role.
     */
    roleAssignments: outputs.GetFederatedSettingsOrgConfigRoleMappingRoleAssignment[];
}
export interface GetFederatedSettingsOrgConfigRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFederatedSettingsOrgConfigUserConflict {
    /**
     * Email address of the the user that conflicts with selected domains.
     */
    emailAddress: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    federationSettingsId: string;
    /**
     * First name of the the user that conflicts with selected domains.
     */
    firstName: string;
    /**
     * Last name of the the user that conflicts with selected domains.
     */
    lastName: string;
    /**
     * Name of the Atlas user that conflicts with selected domains.
     */
    userId: string;
}
export interface GetFederatedSettingsOrgConfigsResult {
    /**
     * The collection of unique ids representing the identity providers that can be used for data access in this organization.
     */
    dataAccessIdentityProviderIds: string[];
    /**
     * List that contains the approved domains from which organization users can log in.
     */
    domainAllowLists: string[];
    /**
     * Flag that indicates whether domain restriction is enabled for the connected organization.
     */
    domainRestrictionEnabled: boolean;
    /**
     * Legacy 20-hexadecimal digit string that identifies the SAML access identity provider that this connected org config is associated with. This id can be found in two ways:
     * 1. Within the Federation Management UI in Atlas in the Identity Providers tab by clicking the info icon in the IdP ID row of a configured SAML identity provider
     * 2. `oktaIdpId` on the `mongodbatlas.FederatedSettingsIdentityProvider` resource
     */
    identityProviderId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * List that contains the default roles granted to users who authenticate through the IdP in a connected organization.
     */
    postAuthRoleGrants: string[];
    /**
     * Role mappings that are configured in this organization. See below
     */
    roleMappings: outputs.GetFederatedSettingsOrgConfigsResultRoleMapping[];
    /**
     * List that contains the users who have an email address that doesn't match any domain on the allowed list. See below
     */
    userConflicts: outputs.GetFederatedSettingsOrgConfigsResultUserConflict[];
}
export interface GetFederatedSettingsOrgConfigsResultRoleMapping {
    /**
     * Unique human-readable label that identifies the identity provider group to which this role mapping applies.
     */
    externalGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies this role mapping.
     */
    id: string;
    /**
     * Atlas roles and the unique identifiers of the groups and organizations associated with each role.
     */
    roleAssignments: outputs.GetFederatedSettingsOrgConfigsResultRoleMappingRoleAssignment[];
}
export interface GetFederatedSettingsOrgConfigsResultRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFederatedSettingsOrgConfigsResultUserConflict {
    /**
     * Email address of the the user that conflicts with selected domains.
     */
    emailAddress: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the federated authentication configuration.
     */
    federationSettingsId: string;
    /**
     * First name of the the user that conflicts with selected domains.
     */
    firstName: string;
    /**
     * Last name of the the user that conflicts with selected domains.
     */
    lastName: string;
    /**
     * Name of the Atlas user that conflicts with selected domains.
     */
    userId: string;
}
export interface GetFederatedSettingsOrgRoleMappingRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFederatedSettingsOrgRoleMappingsResult {
    /**
     * Unique label that identifies the identity provider group to which this role mapping applies.
     */
    externalGroupName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies this role mapping.
     */
    id: string;
    /**
     * Atlas roles and the unique identifiers of the groups and organizations associated with each role.
     */
    roleAssignments: outputs.GetFederatedSettingsOrgRoleMappingsResultRoleAssignment[];
}
export interface GetFederatedSettingsOrgRoleMappingsResultRoleAssignment {
    /**
     * Unique identifier of the project to which you want the role mapping to apply.
     */
    groupId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * Specifies the Role that is attached to the Role Mapping.
     */
    role: string;
}
export interface GetFlexClusterBackupSettings {
    /**
     * Flag that indicates whether backups are performed for this flex cluster. Backup uses [flex cluster backups](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/).
     */
    enabled: boolean;
}
export interface GetFlexClusterConnectionStrings {
    /**
     * Public connection string that you can use to connect to this cluster. This connection string uses the mongodb:// protocol.
     */
    standard: string;
    /**
     * Public connection string that you can use to connect to this flex cluster. This connection string uses the `mongodb+srv://` protocol.
     */
    standardSrv: string;
}
export interface GetFlexClusterProviderSettings {
    /**
     * Cloud service provider on which MongoDB Cloud provisioned the flex cluster.
     */
    backingProviderName: string;
    /**
     * Storage capacity available to the flex cluster expressed in gigabytes.
     */
    diskSizeGb: number;
    /**
     * Human-readable label that identifies the cloud service provider.
     */
    providerName: string;
    /**
     * Human-readable label that identifies the geographic location of your MongoDB flex cluster. The region you choose can affect network latency for clients accessing your databases. For a complete list of region names, see [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), and [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    regionName: string;
}
export interface GetFlexClustersResult {
    /**
     * Flex backup configuration
     */
    backupSettings: outputs.GetFlexClustersResultBackupSettings;
    /**
     * Flex cluster topology.
     */
    clusterType: string;
    /**
     * Collection of Uniform Resource Locators that point to the MongoDB database.
     */
    connectionStrings: outputs.GetFlexClustersResultConnectionStrings;
    /**
     * Date and time when MongoDB Cloud created this instance. This parameter expresses its value in ISO 8601 format in UTC.
     */
    createDate: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the instance.
     */
    id: string;
    /**
     * Version of MongoDB that the instance runs.
     */
    mongoDbVersion: string;
    /**
     * Human-readable label that identifies the instance.
     */
    name: string;
    /**
     * Unique 24-hexadecimal character string that identifies the project.
     */
    projectId: string;
    /**
     * Group of cloud provider settings that configure the provisioned MongoDB flex cluster.
     */
    providerSettings: outputs.GetFlexClustersResultProviderSettings;
    /**
     * Human-readable label that indicates the current operating condition of this instance.
     */
    stateName: string;
    /**
     * Map that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the instance.
     */
    tags: {
        [key: string]: string;
    };
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to `true`, MongoDB Cloud won't delete the cluster. If set to `false`, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled: boolean;
    /**
     * Method by which the cluster maintains the MongoDB versions.
     */
    versionReleaseSystem: string;
}
export interface GetFlexClustersResultBackupSettings {
    /**
     * Flag that indicates whether backups are performed for this flex cluster. Backup uses [flex cluster backups](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/).
     */
    enabled: boolean;
}
export interface GetFlexClustersResultConnectionStrings {
    /**
     * Public connection string that you can use to connect to this cluster. This connection string uses the mongodb:// protocol.
     */
    standard: string;
    /**
     * Public connection string that you can use to connect to this flex cluster. This connection string uses the `mongodb+srv://` protocol.
     */
    standardSrv: string;
}
export interface GetFlexClustersResultProviderSettings {
    /**
     * Cloud service provider on which MongoDB Cloud provisioned the flex cluster.
     */
    backingProviderName: string;
    /**
     * Storage capacity available to the flex cluster expressed in gigabytes.
     */
    diskSizeGb: number;
    /**
     * Human-readable label that identifies the cloud service provider.
     */
    providerName: string;
    /**
     * Human-readable label that identifies the geographic location of your MongoDB flex cluster. The region you choose can affect network latency for clients accessing your databases. For a complete list of region names, see [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), and [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    regionName: string;
}
export interface GetFlexRestoreJobsResult {
    /**
     * Means by which this resource returns the snapshot to the requesting MongoDB Cloud user.
     */
    deliveryType: string;
    /**
     * Date and time when the download link no longer works. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expirationDate: string;
    /**
     * Human-readable label that identifies the flex cluster whose snapshot you want to restore.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Date and time when MongoDB Cloud completed writing this snapshot. MongoDB Cloud changes the status of the restore job to `CLOSED`. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    restoreFinishedDate: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the restore job.
     */
    restoreJobId: string;
    /**
     * Date and time when MongoDB Cloud will restore this snapshot. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    restoreScheduledDate: string;
    /**
     * Date and time when MongoDB Cloud completed writing this snapshot. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    snapshotFinishedDate: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the snapshot to restore.
     */
    snapshotId: string;
    /**
     * Internet address from which you can download the compressed snapshot files. The resource returns this parameter when  `"deliveryType" : "DOWNLOAD"`.
     */
    snapshotUrl: string;
    /**
     * Phase of the restore workflow for this job at the time this resource made this request.
     */
    status: string;
    /**
     * Human-readable label that identifies the instance or cluster on the target project to which you want to restore the snapshot. You can restore the snapshot to another flex cluster or dedicated cluster tier.
     */
    targetDeploymentItemName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the project that contains the instance or cluster to which you want to restore the snapshot.
     */
    targetProjectId: string;
}
export interface GetFlexSnapshotsResult {
    /**
     * Date and time when the download link no longer works. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiration: string;
    /**
     * Date and time when MongoDB Cloud completed writing this snapshot. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    finishTime: string;
    /**
     * MongoDB host version that the snapshot runs.
     */
    mongoDbVersion: string;
    /**
     * Human-readable label that identifies the flex cluster whose snapshot you want to restore.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Date and time when MongoDB Cloud will take the snapshot. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    scheduledTime: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the snapshot to restore.
     */
    snapshotId: string;
    /**
     * Date and time when MongoDB Cloud began taking the snapshot. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    startTime: string;
    /**
     * Phase of the restore workflow for this job at the time this resource made this request.
     */
    status: string;
}
export interface GetGlobalClusterConfigManagedNamespace {
    /**
     * (Required) The name of the collection associated with the managed namespace.
     */
    collection: string;
    /**
     * (Required)	The custom shard key for the collection. Global Clusters require a compound shard key consisting of a location field and a user-selected second key, the custom shard key.
     */
    customShardKey: string;
    /**
     * (Required) The name of the database containing the collection.
     */
    db: string;
    /**
     * Specifies whether the custom shard key for the collection is [hashed](https://www.mongodb.com/docs/manual/reference/method/sh.shardCollection/#hashed-shard-keys). If omitted, defaults to `false`. If `false`, Atlas uses [ranged sharding](https://www.mongodb.com/docs/manual/core/ranged-sharding/). This is only available for Atlas clusters with MongoDB v4.4 and later.
     */
    isCustomShardKeyHashed: boolean;
    /**
     * Specifies whether the underlying index enforces a unique constraint. If omitted, defaults to false. You cannot specify true when using [hashed shard keys](https://www.mongodb.com/docs/manual/core/hashed-sharding/#std-label-sharding-hashed).
     */
    isShardKeyUnique: boolean;
}
export interface GetLdapConfigurationUserToDnMapping {
    /**
     * An LDAP query formatting template that inserts the LDAP name matched by the `match` regular expression into an LDAP query URI as specified by RFC 4515 and RFC 4516.
     */
    ldapQuery: string;
    /**
     * A regular expression to match against a provided LDAP username.
     */
    match: string;
    /**
     * An LDAP Distinguished Name (DN) formatting template that converts the LDAP name matched by the `match` regular expression into an LDAP Distinguished Name.
     */
    substitution: string;
}
export interface GetLdapVerifyLink {
    href: string;
    rel: string;
}
export interface GetLdapVerifyValidation {
    /**
     * The current status of the LDAP over TLS/SSL configuration.
     */
    status: string;
    validationType: string;
}
export interface GetLogIntegrationOtelSuppliedHeader {
    /**
     * Header name.
     */
    name: string;
    /**
     * Header value.
     */
    value: string;
}
export interface GetLogIntegrationsResult {
    /**
     * Applies to type: DATADOG_LOG_EXPORT. API key for authentication.
     */
    apiKey: string;
    /**
     * Applies to type: GCS_LOG_EXPORT, S3_LOG_EXPORT. Name of the bucket to store log files.
     */
    bucketName: string;
    /**
     * Applies to type: SPLUNK_LOG_EXPORT. HTTP Event Collector (HEC) token for authentication.
     */
    hecToken: string;
    /**
     * Applies to type: SPLUNK_LOG_EXPORT. HTTP Event Collector (HEC) endpoint URL.
     */
    hecUrl: string;
    /**
     * Applies to type: S3_LOG_EXPORT. Unique 24-character hexadecimal string that identifies the AWS IAM role that Atlas uses to access the S3 bucket.
     */
    iamRoleId: string;
    /**
     * Unique 24-character hexadecimal digit string that identifies the log integration configuration.
     */
    integrationId: string;
    /**
     * Applies to type: S3_LOG_EXPORT. AWS KMS key ID or ARN for server-side encryption (optional). If not provided, uses bucket default encryption settings.
     */
    kmsKey: string;
    /**
     * Array of log types exported by this integration.
     */
    logTypes: string[];
    /**
     * Applies to type: OTEL_LOG_EXPORT. OpenTelemetry collector endpoint URL.
     */
    otelEndpoint: string;
    /**
     * Applies to type: OTEL_LOG_EXPORT. HTTP headers for authentication and configuration. Maximum 10 headers, total size limit 2KB.
     */
    otelSuppliedHeaders: outputs.GetLogIntegrationsResultOtelSuppliedHeader[];
    /**
     * Applies to type: AZURE_LOG_EXPORT, GCS_LOG_EXPORT, S3_LOG_EXPORT. Path prefix where the log files will be stored. Atlas will add further sub-directories based on the log type.
     */
    prefixPath: string;
    /**
     * Applies to type: DATADOG_LOG_EXPORT. Datadog site/region for log ingestion. Valid values: US1, US3, US5, EU, AP1, AP2, US1_FED.
     */
    region: string;
    /**
     * Applies to type: AZURE_LOG_EXPORT, GCS_LOG_EXPORT. Unique 24-character hexadecimal string that identifies the Atlas Cloud Provider Access role.
     */
    roleId: string;
    /**
     * Applies to type: AZURE_LOG_EXPORT. Storage account name where logs will be stored.
     */
    storageAccountName: string;
    /**
     * Applies to type: AZURE_LOG_EXPORT. Storage container name for log files.
     */
    storageContainerName: string;
    /**
     * Human-readable label that identifies the service to which you want to integrate with Atlas. The value must match the log integration type. This value cannot be modified after the integration is created.
     */
    type: string;
    /**
     * Applies to type: S3_LOG_EXPORT. When true, uses the legacy daily-folder path structure compatible with Push-Based Log Export: `{prefix}/{cluster}/{hostname}/{logType}/{YYYY-MM-DD}/{timestamp}-{logType}.log`. When false (default), uses the flat timestamped structure: `{prefix}/{cluster}/{hostname}/{logType}/{timestamp}-{logType}.log`.
     */
    useLegacyPathStructure: boolean;
}
export interface GetLogIntegrationsResultOtelSuppliedHeader {
    /**
     * Header name.
     */
    name: string;
    /**
     * Header value.
     */
    value: string;
}
export interface GetMaintenanceWindowProtectedHour {
    /**
     * Zero-based integer that represents the end hour of the day for the protected hours window.
     */
    endHourOfDay: number;
    /**
     * Zero-based integer that represents the beginning hour of the day for the protected hours window.
     */
    startHourOfDay: number;
}
export interface GetMcpConfigIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Date MongoDB Cloud added the entry was added to the Access List. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. The resource returns this parameter after this IP address makes at least one request.
     */
    lastUsedAddress: string;
    /**
     * Date when MongoDB Cloud received the most recent request that originated from this Internet Protocol version 4 or version 6 address. The resource returns this parameter when at least one request originates from this IP address. MongoDB Cloud updates this parameter each time a client accesses the permitted resource, with a delay of up to 5 minutes. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetMcpConfigSecretsResult {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    id: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
}
export interface GetMcpConfigsResult {
    /**
     * Unique identifier for the Service Account client associated with this MCP configuration. Use this Service Account to connect to the Atlas Remote MCP.
     */
    clientId: string;
    /**
     * Unique identifier for the egress Service Account client associated with this MCP configuration. This Service Account is managed by MongoDB Atlas.
     */
    egressClientId: string;
    /**
     * List of IP access list entries that define allowed source addresses for this MCP configuration.
     */
    ipAccessLists: outputs.GetMcpConfigsResultIpAccessList[];
    /**
     * Unique identifier that identifies this MCP configuration.
     */
    mcpConfigId: string;
    /**
     * Human-readable name that identifies this MCP configuration.
     */
    mcpConfigName: string;
    /**
     * List of organization roles associated with this MCP configuration.
     */
    roles: string[];
}
export interface GetMcpConfigsResultIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Date MongoDB Cloud added the entry was added to the Access List. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. The resource returns this parameter after this IP address makes at least one request.
     */
    lastUsedAddress: string;
    /**
     * Date when MongoDB Cloud received the most recent request that originated from this Internet Protocol version 4 or version 6 address. The resource returns this parameter when at least one request originates from this IP address. MongoDB Cloud updates this parameter each time a client accesses the permitted resource, with a delay of up to 5 minutes. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetMetricIntegrationHeadersRedacted {
    /**
     * Header name.
     */
    name: string;
    /**
     * Redacted header value.
     */
    value: string;
}
export interface GetMetricIntegrationsResult {
    /**
     * The temporality to send to the metric integration.
     */
    aggregationTemporality: string;
    /**
     * Authentication method the integration uses when exporting metrics to the endpoint.
     */
    authType: string;
    /**
     * OpenTelemetry collector endpoint URL.
     */
    endpoint: string;
    /**
     * HTTP headers for authentication and configuration. Values are redacted and never returned in plaintext.
     */
    headersRedacteds: outputs.GetMetricIntegrationsResultHeadersRedacted[];
    /**
     * Type of metric integration. Identifies which protocol will be used for the integration.
     */
    integrationType: string;
    /**
     * Unique identifier of the metric integration configuration.
     */
    metricIntegrationId: string;
    /**
     * Array of metric categories to export. Determines which types of metrics are sent to the integration.
     */
    metricSelections: string[];
    /**
     * The provider type for the metric integration. Identifies the third-party service provider.
     */
    providerType: string;
}
export interface GetMetricIntegrationsResultHeadersRedacted {
    /**
     * Header name.
     */
    name: string;
    /**
     * Redacted header value.
     */
    value: string;
}
export interface GetNetworkContainersResult {
    /**
     * CIDR block that Atlas uses for your clusters. Atlas uses the specified CIDR block for all other Network Peering connections created in the project. The Atlas CIDR block must be at least a /24 and at most a /21 in one of the following [private networks](https://tools.ietf.org/html/rfc1918.html#section-3).
     */
    atlasCidrBlock: string;
    /**
     * Unique identifer of the Azure subscription in which the VNet resides.
     */
    azureSubscriptionId: string;
    /**
     * Unique identifier of the GCP project in which the Network Peering connection resides.
     */
    gcpProjectId: string;
    /**
     * The Network Peering Container ID.
     */
    id: string;
    /**
     * Name of the Network Peering connection in the Atlas project.
     */
    networkName: string;
    /**
     * Cloud provider for this Network peering container. Accepted values are AWS, GCP, and Azure.
     */
    providerName: string;
    /**
     * Indicates whether the project has Network Peering connections deployed in the container.
     */
    provisioned: boolean;
    /**
     * The Atlas Azure region name for where this container exists.
     */
    region: string;
    /**
     * The Atlas AWS region name for where this container exists.
     */
    regionName: string;
    /**
     * Atlas GCP regions where the container resides.
     */
    regions: string[];
    /**
     * The name of the Azure VNet. This value is null until you provision an Azure VNet in the container.
     */
    vnetName: string;
    /**
     * Unique identifier of the project’s VPC.
     */
    vpcId: string;
}
export interface GetNetworkPeeringsResult {
    /**
     * Specifies the region where the peer VPC resides. For complete lists of supported regions, see [Amazon Web Services](https://www.mongodb.com/docs/atlas/reference/amazon-aws/).
     */
    accepterRegionName: string;
    atlasCidrBlock: string;
    /**
     * Account ID of the owner of the peer VPC.
     */
    awsAccountId: string;
    /**
     * Unique identifier for an Azure AD directory.
     */
    azureDirectoryId: string;
    /**
     * Unique identifer of the Azure subscription in which the VNet resides.
     */
    azureSubscriptionId: string;
    /**
     * Unique identifier for the peering connection.
     */
    connectionId: string;
    containerId: string;
    /**
     * When `"status" : "FAILED"`, Atlas provides a description of the error.
     */
    errorMessage: string;
    /**
     * Description of the Atlas error when `status` is `Failed`, Otherwise, Atlas returns `null`.
     */
    errorState: string;
    /**
     * Error state, if any. The VPC peering connection error state value can be one of the following: `REJECTED`, `EXPIRED`, `INVALID_ARGUMENT`.
     */
    errorStateName: string;
    /**
     * GCP project ID of the owner of the network peer.
     */
    gcpProjectId: string;
    /**
     * Name of the network peer to which Atlas connects.
     */
    networkName: string;
    /**
     * Atlas assigned unique ID for the peering connection.
     */
    peeringId: string;
    /**
     * Cloud provider for this VPC peering connection. If omitted, Atlas sets this parameter to AWS. (Possible Values `AWS`, `AZURE`, `GCP`).
     */
    providerName: string;
    /**
     * Name of your Azure resource group.
     */
    resourceGroupName: string;
    /**
     * Peer VPC CIDR block or subnet.
     */
    routeTableCidrBlock: string;
    /**
     * Status of the Atlas network peering connection: `ADDING_PEER`, `AVAILABLE`, `FAILED`, `DELETING`, `WAITING_FOR_USER`.
     */
    status: string;
    /**
     * The VPC peering connection status value can be one of the following: `INITIATING`, `PENDING_ACCEPTANCE`, `FAILED`, `FINALIZING`, `AVAILABLE`, `TERMINATING`.
     */
    statusName: string;
    /**
     * Name of your Azure VNet.
     */
    vnetName: string;
    /**
     * Unique identifier of the peer VPC.
     */
    vpcId: string;
}
export interface GetOnlineArchiveCriteria {
    dateField: string;
    dateFormat: string;
    expireAfterDays: number;
    query: string;
    type: string;
}
export interface GetOnlineArchiveDataExpirationRule {
    expireAfterDays: number;
}
export interface GetOnlineArchiveDataProcessRegion {
    cloudProvider: string;
    region: string;
}
export interface GetOnlineArchivePartitionField {
    fieldName: string;
    fieldType: string;
    order: number;
}
export interface GetOnlineArchiveSchedule {
    dayOfMonth?: number;
    dayOfWeek?: number;
    endHour: number;
    endMinute: number;
    startHour: number;
    startMinute: number;
    type: string;
}
export interface GetOnlineArchivesResult {
    archiveId: string;
    /**
     * Name of the cluster that contains the collection.
     *
     * # Attributes Reference
     *
     * In addition to all arguments above, the following attributes are exported:
     */
    clusterName: string;
    collName: string;
    collectionType: string;
    criterias: outputs.GetOnlineArchivesResultCriteria[];
    dataExpirationRules: outputs.GetOnlineArchivesResultDataExpirationRule[];
    dataProcessRegions: outputs.GetOnlineArchivesResultDataProcessRegion[];
    dbName: string;
    partitionFields: outputs.GetOnlineArchivesResultPartitionField[];
    paused: boolean;
    /**
     * The unique ID for the project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    schedules: outputs.GetOnlineArchivesResultSchedule[];
    state: string;
}
export interface GetOnlineArchivesResultCriteria {
    dateField: string;
    dateFormat: string;
    expireAfterDays: number;
    query: string;
    type: string;
}
export interface GetOnlineArchivesResultDataExpirationRule {
    expireAfterDays: number;
}
export interface GetOnlineArchivesResultDataProcessRegion {
    cloudProvider: string;
    region: string;
}
export interface GetOnlineArchivesResultPartitionField {
    fieldName: string;
    fieldType: string;
    order: number;
}
export interface GetOnlineArchivesResultSchedule {
    dayOfMonth?: number;
    dayOfWeek?: number;
    endHour: number;
    endMinute: number;
    startHour: number;
    startMinute: number;
    type: string;
}
export interface GetOrganizationCustomSessionTimeout {
    /**
     * (Optional) Absolute session timeout duration in seconds for users of the organization. Returned only when the organization has configured a custom absolute session timeout.
     */
    absoluteSessionTimeoutInSeconds: number;
    /**
     * (Optional) Idle session timeout duration in seconds for users of the organization. Returned only when the organization has configured a custom idle session timeout. When this value is absent, Atlas applies the environment default, which is no idle timeout for Atlas Commercial and 600 seconds (10 minutes) for Atlas for Government.
     */
    idleSessionTimeoutInSeconds: number;
}
export interface GetOrganizationLink {
    href: string;
    rel: string;
}
export interface GetOrganizationUser {
    /**
     * Two-character alphabetical string that identifies the MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when MongoDB Cloud created the current account. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * First or given name that belongs to the MongoDB Cloud user.
     */
    firstName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud user.
     */
    id: string;
    /**
     * Date and time when MongoDB Cloud sent the invitation. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationCreatedAt: string;
    /**
     * Date and time when the invitation from MongoDB Cloud expires. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationExpiresAt: string;
    /**
     * Username of the MongoDB Cloud user who sent the invitation to join the organization.
     */
    inviterUsername: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Cloud user.
     */
    lastName: string;
    /**
     * Mobile phone number that belongs to the MongoDB Cloud user.
     */
    mobileNumber: string;
    /**
     * String enum that indicates whether the MongoDB Cloud user has a pending invitation to join the organization or they are already active in the organization.
     */
    orgMembershipStatus: string;
    /**
     * Organization- and project-level roles assigned to one MongoDB Cloud user within one organization.
     */
    roles: outputs.GetOrganizationUserRole[];
    /**
     * List of unique 24-hexadecimal digit strings that identifies the teams to which this MongoDB Cloud user belongs.
     */
    teamIds: string[];
    /**
     * Email address that represents the username of the MongoDB Cloud user.
     */
    username: string;
}
export interface GetOrganizationUserRole {
    orgRoles: string[];
    projectRoleAssignments: outputs.GetOrganizationUserRoleProjectRoleAssignment[];
}
export interface GetOrganizationUserRoleProjectRoleAssignment {
    projectId: string;
    projectRoles: string[];
}
export interface GetOrganizationsResult {
    /**
     * Flag that indicates whether to require API operations to originate from an IP Address added to the API access list for the specified organization.
     */
    apiAccessListRequired: boolean;
    /**
     * Block that specifies the custom session timeout settings for the organization. See Custom Session Timeouts.
     */
    customSessionTimeouts: outputs.GetOrganizationsResultCustomSessionTimeout[];
    /**
     * Flag that indicates whether this organization has access to generative AI features. This setting only applies to Atlas Commercial and defaults to `true`. With this setting on, Project Owners may be able to enable or disable individual AI features at the project level. To learn more, see https://www.mongodb.com/docs/generative-ai-faq/.
     */
    genAiFeaturesEnabled: boolean;
    /**
     * Autogenerated Unique ID for this data source.
     */
    id: string;
    /**
     * Flag that indicates whether this organization has been deleted.
     */
    isDeleted: boolean;
    links: outputs.GetOrganizationsResultLink[];
    /**
     * Flag that indicates whether to require users to set up Multi-Factor Authentication (MFA) before accessing the specified organization. To learn more, see: https://www.mongodb.com/docs/atlas/security-multi-factor-authentication/.
     */
    multiFactorAuthRequired: boolean;
    /**
     * Human-readable label that identifies the organization.
     */
    name: string;
    /**
     * String that specifies a distribution list email address for the specified organization to receive proactive notifications about its infrastructure. The operations contact is used for notifications only and is not authorized to make decisions or approvals.
     */
    operationsContact: string;
    /**
     * Flag that indicates whether to block MongoDB Support from accessing Atlas infrastructure for any deployment in the specified organization without explicit permission. Once this setting is turned on, you can grant MongoDB Support a 24-hour bypass access to the Atlas deployment to resolve support issues. To learn more, see: https://www.mongodb.com/docs/atlas/security-restrict-support-access/.
     */
    restrictEmployeeAccess: boolean;
    /**
     * String that specifies a single email address for the specified organization to receive security-related notifications. Specifying a security contact does not grant them authorization or access to Atlas for security decisions or approvals.
     */
    securityContact: string;
    /**
     * Flag that indicates whether to prevent Atlas from automatically creating organization-level alerts not explicitly managed through Terraform. Defaults to `true`.
     */
    skipDefaultAlertsSettings: boolean;
    /**
     * Returns list of all pending and active MongoDB Cloud users associated with the specified organization.
     */
    users: outputs.GetOrganizationsResultUser[];
}
export interface GetOrganizationsResultCustomSessionTimeout {
    /**
     * Absolute session timeout duration in seconds for users of the organization. Returned only when the organization has configured a custom absolute session timeout.
     */
    absoluteSessionTimeoutInSeconds: number;
    /**
     * Idle session timeout duration in seconds for users of the organization. Returned only when the organization has configured a custom idle session timeout. When this value is absent, Atlas applies the environment default, which is no idle timeout for Atlas Commercial and 600 seconds (10 minutes) for Atlas for Government.
     */
    idleSessionTimeoutInSeconds: number;
}
export interface GetOrganizationsResultLink {
    href: string;
    rel: string;
}
export interface GetOrganizationsResultUser {
    /**
     * Two-character alphabetical string that identifies the MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when MongoDB Cloud created the current account. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * First or given name that belongs to the MongoDB Cloud user.
     */
    firstName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud user.
     */
    id: string;
    /**
     * Date and time when MongoDB Cloud sent the invitation. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationCreatedAt: string;
    /**
     * Date and time when the invitation from MongoDB Cloud expires. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationExpiresAt: string;
    /**
     * Username of the MongoDB Cloud user who sent the invitation to join the organization.
     */
    inviterUsername: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Cloud user.
     */
    lastName: string;
    /**
     * Mobile phone number that belongs to the MongoDB Cloud user.
     *
     * > **NOTE:** - Users with pending invitations created using `mongodbatlas.ProjectInvitation` resource or via the deprecated [Invite One MongoDB Cloud User to Join One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createprojectinvitation) endpoint are excluded (or cannot be managed) with this resource. See [MongoDB Atlas API - MongoDB Cloud Users](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/group/endpoint-mongodb-cloud-users) for details.
     * To manage these users with this resource/data source, refer to our Org Invitation to Cloud User Org Assignment Migration Guide.
     *
     * > **NOTE:** - If you create an organization with our Terraform provider version >=1.30.0, this field is set to `true` by default.<br> - If you have an existing organization created with our Terraform provider version <1.30.0, this field might be `false`, which is the [API default value](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createorganization). To prevent the creation of future default alerts, set this explicitly to `true` using the `mongodbatlas.Organization` resource.
     *
     * See [MongoDB Atlas API - Organizations](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Organizations/operation/listOrganizations)  Documentation for more information.
     */
    mobileNumber: string;
    /**
     * String enum that indicates whether the MongoDB Cloud user has a pending invitation to join the organization or they are already active in the organization.
     */
    orgMembershipStatus: string;
    /**
     * Organization- and project-level roles assigned to one MongoDB Cloud user within one organization.
     */
    roles: outputs.GetOrganizationsResultUserRole[];
    /**
     * List of unique 24-hexadecimal digit strings that identifies the teams to which this MongoDB Cloud user belongs.
     */
    teamIds: string[];
    /**
     * Email address that represents the username of the MongoDB Cloud user.
     */
    username: string;
}
export interface GetOrganizationsResultUserRole {
    orgRoles: string[];
    projectRoleAssignments: outputs.GetOrganizationsResultUserRoleProjectRoleAssignment[];
}
export interface GetOrganizationsResultUserRoleProjectRoleAssignment {
    projectId: string;
    projectRoles: string[];
}
export interface GetPrivateLinkEndpointServiceEndpoint {
    /**
     * Forwarding rule that corresponds to the endpoint you created.
     */
    endpointName: string;
    /**
     * Private IP address of the network endpoint group you created.
     */
    ipAddress: string;
    /**
     * Status of the endpoint. Atlas returns one of the [values shown above](https://www.mongodb.com/docs/atlas/reference/api/private-endpoints-endpoint-create-one/#std-label-ref-status-field).
     */
    status: string;
}
export interface GetPrivatelinkEndpointServiceDataFederationOnlineArchivesResult {
    /**
     * Human-readable string to associate with this private endpoint.
     */
    comment: string;
    /**
     * (Optional) Human-readable label to identify VPC endpoint DNS name.
     */
    customerEndpointDnsName: string;
    /**
     * Unique 22-character alphanumeric string that identifies the private endpoint. See [Atlas Data Federation supports Amazon Web Services private endpoints using the AWS PrivateLink feature](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Data-Federation/operation/createDataFederationPrivateEndpoint).
     */
    endpointId: string;
    /**
     * Human-readable label that identifies the cloud service provider.
     */
    providerName: string;
    /**
     * Human-readable label to identify the region of VPC endpoint.  Requires the **Atlas region name**, see the reference list for [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/), [GCP](https://www.mongodb.com/docs/atlas/reference/google-gcp/), [Azure](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/).
     */
    region: string;
    /**
     * Human-readable label that identifies the resource type associated with this private endpoint.
     */
    type: string;
}
export interface GetPrivatelinkEndpointsResult {
    /**
     * List of private endpoint names associated with the private endpoint service for port-mapped architectures. For GCP legacy private endpoint architectures, this is a list of endpoint group names associated with the private endpoint service.
     */
    endpointGroupNames: string[];
    /**
     * Name of the PrivateLink endpoint service in AWS. Returns `null` while Atlas creates the endpoint service.
     */
    endpointServiceName: string;
    /**
     * Error message for the private endpoint connection. Returns `null` if there are no errors.
     */
    errorMessage: string;
    /**
     * Unique identifiers of the interface endpoints in your VPC that you added to the AWS PrivateLink connection.
     */
    interfaceEndpoints: string[];
    /**
     * Flag that indicates whether this resource uses GCP port-mapping. When `true`, the resource uses port-mapped architecture. When `false` or unset, the resource uses GCP legacy private endpoint architecture. Only applicable for GCP provider.
     */
    portMappingEnabled: boolean;
    /**
     * All private endpoints that you have added to this Azure Private Link Service.
     */
    privateEndpoints: string[];
    /**
     * Unique identifier of the private endpoint.
     */
    privateLinkId: string;
    /**
     * Name of the Azure Private Link Service that Atlas manages.
     */
    privateLinkServiceName: string;
    /**
     * Resource ID of the Azure Private Link Service that Atlas manages.
     */
    privateLinkServiceResourceId: string;
    /**
     * Region for the Private Service Connect endpoint service.
     */
    regionName: string;
    /**
     * List containing one service attachment connected to the private endpoint service for port-mapped architecture. For GCP legacy private endpoint architecture, this is a list of service attachments connected to the private endpoint service (one per Atlas node). Returns an empty list while Atlas creates the service attachments.
     */
    serviceAttachmentNames: string[];
    /**
     * Status of the AWS PrivateLink connection.
     * Returns one of the following values:
     * * `AVAILABLE` - Atlas created the load balancer and the Private Link Service.
     * * `INITIATING` - Atlas is creating the network load balancer and VPC endpoint service.
     * * `WAITING_FOR_USER` - The Atlas network load balancer and VPC endpoint service are created and ready to receive connection requests. When you receive this status, create an interface endpoint to continue configuring the AWS PrivateLink connection.
     * * `FAILED` - A system failure occurred.
     * * `DELETING` - Atlas is deleting the Private Link service.
     */
    status: string;
    /**
     * List of additional AWS regions that can connect to the endpoint service.
     */
    supportedRemoteRegions: string[];
}
export interface GetProjectApiKeyProjectAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * List of Project roles that the Programmatic API key needs to have. Ensure you provide: at least one role and ensure all roles are valid for the Project. You must specify an array even if you are only associating a single role with the Programmatic API key. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#project-roles) describes the valid roles that can be assigned.
     */
    roleNames: string[];
}
export interface GetProjectApiKeysResult {
    /**
     * Unique identifier for the API key you want to update. Use the /orgs/{ORG-ID}/apiKeys endpoint to retrieve all API keys to which the authenticated user has access for the specified organization.
     */
    apiKeyId: string;
    /**
     * Description of this Project API key.
     */
    description: string;
    privateKey: string;
    projectAssignments?: outputs.GetProjectApiKeysResultProjectAssignment[];
    publicKey: string;
}
export interface GetProjectApiKeysResultProjectAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * List of Project roles that the Programmatic API key needs to have. Ensure you provide: at least one role and ensure all roles are valid for the Project. You must specify an array even if you are only associating a single role with the Programmatic API key. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#project-roles) describes the valid roles that can be assigned.
     */
    roleNames: string[];
}
export interface GetProjectIpAccessListsResult {
    /**
     * Unique identifier of the AWS security group to add to the access list. Mutually exclusive with `cidrBlock` and `ipAddress`.
     */
    awsSecurityGroup: string;
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. Mutually exclusive with `awsSecurityGroup` and `ipAddress`.
     */
    cidrBlock: string;
    /**
     * Remark that explains the purpose or scope of this IP access list entry.
     */
    comment: string;
    /**
     * Single IP address to be added to the access list. Mutually exclusive with `cidrBlock` and `awsSecurityGroup`.
     */
    ipAddress: string;
}
export interface GetProjectIpAddresses {
    services: outputs.GetProjectIpAddressesServices;
}
export interface GetProjectIpAddressesServices {
    /**
     * IP addresses of clusters.
     */
    clusters: outputs.GetProjectIpAddressesServicesCluster[];
}
export interface GetProjectIpAddressesServicesCluster {
    /**
     * Human-readable label that identifies the cluster.
     */
    clusterName: string;
    /**
     * List of future inbound IP addresses associated with the cluster. If your network allows outbound HTTP requests only to specific IP addresses, you must allow access to the following IP addresses so that your application can connect to your Atlas cluster.
     */
    futureInbounds: string[];
    /**
     * List of future outbound IP addresses associated with the cluster. If your network allows inbound HTTP requests only from specific IP addresses, you must allow access from the following IP addresses so that your Atlas cluster can communicate with your webhooks and KMS.
     */
    futureOutbounds: string[];
    /**
     * List of inbound IP addresses associated with the cluster. If your network allows outbound HTTP requests only to specific IP addresses, you must allow access to the following IP addresses so that your application can connect to your Atlas cluster.
     */
    inbounds: string[];
    /**
     * List of outbound IP addresses associated with the cluster. If your network allows inbound HTTP requests only from specific IP addresses, you must allow access from the following IP addresses so that your Atlas cluster can communicate with your webhooks and KMS.
     */
    outbounds: string[];
}
export interface GetProjectLimit {
    /**
     * Amount that indicates the current usage of the limit.
     */
    currentUsage: number;
    /**
     * Default value of the limit.
     */
    defaultLimit: number;
    /**
     * Maximum value of the limit.
     */
    maximumLimit: number;
    /**
     * The unique ID for the project.
     *
     * > **IMPORTANT:** Either `projectId` or `name` must be configurated.
     */
    name: string;
    /**
     * Amount the limit is set to.
     */
    value: number;
}
export interface GetProjectMcpConfigIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Date MongoDB Cloud added the entry was added to the Access List. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. The resource returns this parameter after this IP address makes at least one request.
     */
    lastUsedAddress: string;
    /**
     * Date when MongoDB Cloud received the most recent request that originated from this Internet Protocol version 4 or version 6 address. The resource returns this parameter when at least one request originates from this IP address. MongoDB Cloud updates this parameter each time a client accesses the permitted resource, with a delay of up to 5 minutes. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetProjectMcpConfigSecretsResult {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    id: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
}
export interface GetProjectMcpConfigsResult {
    /**
     * Unique identifier for the Service Account client associated with this MCP configuration. Use this Service Account to connect to the Atlas Remote MCP.
     */
    clientId: string;
    /**
     * Unique identifier for the egress Service Account client associated with this MCP configuration. This Service Account is managed by MongoDB Atlas.
     */
    egressClientId: string;
    /**
     * List of IP access list entries that define allowed source addresses for this MCP configuration.
     */
    ipAccessLists: outputs.GetProjectMcpConfigsResultIpAccessList[];
    /**
     * Unique identifier that identifies this MCP configuration.
     */
    mcpConfigId: string;
    /**
     * Human-readable name that identifies this MCP configuration.
     */
    mcpConfigName: string;
    /**
     * List of project roles associated with this MCP configuration.
     */
    roles: string[];
}
export interface GetProjectMcpConfigsResultIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Date MongoDB Cloud added the entry was added to the Access List. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. The resource returns this parameter after this IP address makes at least one request.
     */
    lastUsedAddress: string;
    /**
     * Date when MongoDB Cloud received the most recent request that originated from this Internet Protocol version 4 or version 6 address. The resource returns this parameter when at least one request originates from this IP address. MongoDB Cloud updates this parameter each time a client accesses the permitted resource, with a delay of up to 5 minutes. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetProjectServiceAccountAccessListEntriesResult {
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. You can set a value for this parameter or **ip_address**, but not for both.
     */
    cidrBlock: string;
    /**
     * The Client ID of the Service Account.
     */
    clientId: string;
    /**
     * Date the entry was added to the access list. This attribute expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * IP address to be added to the access list. You can set a value for this parameter or **cidr_block**, but not for both.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API.
     */
    lastUsedAddress: string;
    /**
     * Date when the API received the most recent request that originated from this network address.
     */
    lastUsedAt: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the project.
     */
    projectId: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetProjectServiceAccountSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface GetProjectServiceAccountsResult {
    /**
     * The Client ID of the Service Account.
     */
    clientId: string;
    /**
     * The date that the Service Account was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Human readable description for the Service Account.
     */
    description: string;
    /**
     * Human-readable name for the Service Account.
     */
    name: string;
    /**
     * A list of Project roles associated with the Service Account.
     */
    roles: string[];
    /**
     * A list of secrets associated with the specified Service Account.
     */
    secrets: outputs.GetProjectServiceAccountsResultSecret[];
    /**
     * Indicates whether the Service Account is system managed.
     */
    systemManaged: boolean;
}
export interface GetProjectServiceAccountsResultSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface GetProjectTeam {
    /**
     * Each string in the array represents a project role assigned to the team. Every user associated with the team inherits these roles. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#organization-roles) describes the roles a user can have.
     */
    roleNames: string[];
    /**
     * The unique identifier of the team you want to associate with the project. The team and project must share the same parent organization.
     */
    teamId: string;
}
export interface GetProjectUser {
    /**
     * Two-character alphabetical string that identifies the MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when MongoDB Cloud created the current account. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * First or given name that belongs to the MongoDB Cloud user.
     */
    firstName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud user.
     */
    id: string;
    /**
     * Date and time when MongoDB Cloud sent the invitation. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationCreatedAt: string;
    /**
     * Date and time when the invitation from MongoDB Cloud expires. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationExpiresAt: string;
    /**
     * Username of the MongoDB Cloud user who sent the invitation to join the organization.
     */
    inviterUsername: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Cloud user.
     */
    lastName: string;
    /**
     * Mobile phone number that belongs to the MongoDB Cloud user.
     */
    mobileNumber: string;
    /**
     * String enum that indicates whether the MongoDB Cloud user has a pending invitation to join the organization or they are already active in the organization.
     */
    orgMembershipStatus: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    roles: string[];
    /**
     * Email address that represents the username of the MongoDB Cloud user.
     */
    username: string;
}
export interface GetProjectsResult {
    /**
     * The number of Atlas clusters deployed in the project.
     */
    clusterCount: number;
    /**
     * The ISO-8601-formatted timestamp of when Atlas created the project.
     */
    created: string;
    /**
     * Autogenerated Unique ID for this data source.
     */
    id: string;
    /**
     * IP addresses in a project categorized by services. See IP Addresses. **WARNING:** This attribute is deprecated, use the `mongodbatlas.getProjectIpAddresses` data source instead.
     *
     * @deprecated This parameter is deprecated. Please transition to mongodbatlas.getProjectIpAddresses data source.
     */
    ipAddresses: outputs.GetProjectsResultIpAddresses;
    /**
     * Flag that indicates whether the AI Assistant is enabled for the project's clusters.
     */
    isClusterAiAssistantEnabled: boolean;
    /**
     * Flag that indicates whether to enable statistics in [cluster metrics](https://www.mongodb.com/docs/atlas/monitor-cluster-metrics/) collection for the project.
     */
    isCollectDatabaseSpecificsStatisticsEnabled: boolean;
    /**
     * Flag that indicates whether to enable Data Explorer for the project. If enabled, you can query your database with an easy to use interface.
     */
    isDataExplorerEnabled: boolean;
    /**
     * Flag that indicates whether generative AI features are enabled in the Data Explorer for the project.
     */
    isDataExplorerGenAiFeaturesEnabled: boolean;
    /**
     * Flag that indicates whether passing sample documents to generative AI features in the Data Explorer is enabled for the project.
     */
    isDataExplorerGenAiSampleDocumentPassingEnabled: boolean;
    /**
     * Flag that indicates whether to enable extended storage sizes for the specified project.
     */
    isExtendedStorageSizesEnabled: boolean;
    /**
     * Flag that indicates whether Native Reranking with Voyage AI models in the Aggregation Pipeline is enabled for the project.
     */
    isNativeRerankingEnabled: boolean;
    /**
     * Flag that indicates whether to enable Performance Advisor and Profiler for the project. If enabled, you can analyze database logs to recommend performance improvements.
     */
    isPerformanceAdvisorEnabled: boolean;
    /**
     * Flag that indicates whether to enable Real Time Performance Panel for the project. If enabled, you can see real time metrics from your MongoDB database.
     */
    isRealtimePerformancePanelEnabled: boolean;
    /**
     * Flag that indicates whether to enable Schema Advisor for the project. If enabled, you receive customized recommendations to optimize your data model and enhance performance. Disable this setting to disable schema suggestions in the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor) and the [Data Explorer](https://www.mongodb.com/docs/atlas/atlas-ui/#std-label-atlas-ui).
     */
    isSchemaAdvisorEnabled: boolean;
    /**
     * Flag that enables MongoDB Cloud to use its slow operation threshold for the specified project. The threshold determines which operations the Performance Advisor and Query Profiler considers slow. When enabled, MongoDB Cloud uses the average execution time for operations on your cluster to determine slow-running queries. As a result, the threshold is more pertinent to your cluster workload. The slow operation threshold is enabled by default for dedicated clusters (M10+). When disabled, MongoDB Cloud considers any operation that takes longer than 100 milliseconds to be slow. **Note**: To use this attribute, the requesting API Key must have the Project Owner role, if not it will show a warning and will return `false`. If you are not using this field, you don't need to take any action.
     *
     * @deprecated This parameter is deprecated.
     */
    isSlowOperationThresholdingEnabled: boolean;
    /**
     * The limits for the specified project. See Limits.
     */
    limits: outputs.GetProjectsResultLimit[];
    name?: string;
    /**
     * The ID of the organization you want to create the project within.
     */
    orgId: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud project, also known as `groupId` in the official documentation.
     */
    projectId?: string;
    /**
     * If GOV_REGIONS_ONLY the project can be used for government regions only, otherwise defaults to standard regions. For more information see [MongoDB Atlas for Government](https://www.mongodb.com/docs/atlas/government/api/#creating-a-project).
     */
    regionUsageRestrictions: string;
    /**
     * Map that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the project. To learn more, see [Resource Tags](https://www.mongodb.com/docs/atlas/tags/)
     */
    tags: {
        [key: string]: string;
    };
    /**
     * **(DEPRECATED)** Returns all teams to which the authenticated user has access in the project. See Teams.
     *
     * @deprecated This parameter is deprecated and will be removed in the next major release. Please transition to `mongodbatlas.TeamProjectAssignment`. For more details, see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/atlas-user-management.
     */
    teams: outputs.GetProjectsResultTeam[];
    /**
     * Returns list of all pending and active MongoDB Cloud users associated with the specified project.
     */
    users: outputs.GetProjectsResultUser[];
}
export interface GetProjectsResultIpAddresses {
    services: outputs.GetProjectsResultIpAddressesServices;
}
export interface GetProjectsResultIpAddressesServices {
    clusters: outputs.GetProjectsResultIpAddressesServicesCluster[];
}
export interface GetProjectsResultIpAddressesServicesCluster {
    clusterName: string;
    inbounds: string[];
    outbounds: string[];
}
export interface GetProjectsResultLimit {
    /**
     * Amount that indicates the current usage of the limit.
     */
    currentUsage: number;
    /**
     * Default value of the limit.
     */
    defaultLimit: number;
    /**
     * Maximum value of the limit.
     */
    maximumLimit: number;
    /**
     * Human-readable label that identifies this project limit.
     */
    name: string;
    /**
     * Amount the limit is set to.
     */
    value: number;
}
export interface GetProjectsResultTeam {
    /**
     * Each string in the array represents a project role assigned to the team. Every user associated with the team inherits these roles. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#organization-roles) describes the roles a user can have.
     */
    roleNames: string[];
    /**
     * The unique identifier of the team you want to associate with the project. The team and project must share the same parent organization.
     */
    teamId: string;
}
export interface GetProjectsResultUser {
    /**
     * Two-character alphabetical string that identifies the MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when MongoDB Cloud created the current account. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * First or given name that belongs to the MongoDB Cloud user.
     */
    firstName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud user.
     */
    id: string;
    /**
     * Date and time when MongoDB Cloud sent the invitation. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationCreatedAt: string;
    /**
     * Date and time when the invitation from MongoDB Cloud expires. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationExpiresAt: string;
    /**
     * Username of the MongoDB Cloud user who sent the invitation to join the organization.
     *
     * > **NOTE:** - Does not return pending users invited via the deprecated [Invite One MongoDB Cloud User to Join One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createprojectinvitation) endpoint or pending invitations created using `mongodbatlas.ProjectInvitation` resource.
     *
     * See [MongoDB Atlas API - Projects](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Projects) Documentation for more information.
     */
    inviterUsername: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Cloud user.
     */
    lastName: string;
    /**
     * Mobile phone number that belongs to the MongoDB Cloud user.
     */
    mobileNumber: string;
    /**
     * String enum that indicates whether the MongoDB Cloud user has a pending invitation to join the organization or they are already active in the organization.
     */
    orgMembershipStatus: string;
    /**
     * One or more project-level roles assigned to the MongoDB Cloud user.
     */
    roles: string[];
    /**
     * Email address that represents the username of the MongoDB Cloud user.
     */
    username: string;
}
export interface GetResourcePoliciesResourcePolicy {
    /**
     * The user that last updated the Atlas resource policy.
     */
    createdByUser: outputs.GetResourcePoliciesResourcePolicyCreatedByUser;
    /**
     * Date and time in UTC when the Atlas resource policy was created.
     */
    createdDate: string;
    /**
     * Description of the Atlas resource policy.
     */
    description: string;
    /**
     * Unique 24-hexadecimal digit string that identifies an Atlas resource policy.
     */
    id: string;
    /**
     * The user that last updated the Atlas resource policy.
     */
    lastUpdatedByUser: outputs.GetResourcePoliciesResourcePolicyLastUpdatedByUser;
    /**
     * Date and time in UTC when the Atlas resource policy was last updated.
     */
    lastUpdatedDate: string;
    /**
     * Human-readable label that describes the Atlas resource policy.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects. Use the [/orgs](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-listorganizations) endpoint to retrieve all organizations to which the authenticated user has access.
     */
    orgId: string;
    /**
     * List of policies that make up the Atlas resource policy.
     */
    policies: outputs.GetResourcePoliciesResourcePolicyPolicy[];
    /**
     * A string that identifies the version of the Atlas resource policy.
     */
    version: string;
}
export interface GetResourcePoliciesResourcePolicyCreatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePoliciesResourcePolicyLastUpdatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePoliciesResourcePolicyPolicy {
    /**
     * A string that defines the permissions for the policy. The syntax used is the Cedar Policy language.
     */
    body: string;
    /**
     * Unique 24-hexadecimal character string that identifies the policy.
     */
    id: string;
}
export interface GetResourcePoliciesResult {
    /**
     * The user that last updated the Atlas resource policy.
     */
    createdByUser: outputs.GetResourcePoliciesResultCreatedByUser;
    /**
     * Date and time in UTC when the Atlas resource policy was created.
     */
    createdDate: string;
    /**
     * Description of the Atlas resource policy.
     */
    description: string;
    /**
     * Unique 24-hexadecimal digit string that identifies an Atlas resource policy.
     */
    id: string;
    /**
     * The user that last updated the Atlas resource policy.
     */
    lastUpdatedByUser: outputs.GetResourcePoliciesResultLastUpdatedByUser;
    /**
     * Date and time in UTC when the Atlas resource policy was last updated.
     */
    lastUpdatedDate: string;
    /**
     * Human-readable label that describes the Atlas resource policy.
     */
    name: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects. Use the [/orgs](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-listorganizations) endpoint to retrieve all organizations to which the authenticated user has access.
     */
    orgId: string;
    /**
     * List of policies that make up the Atlas resource policy.
     */
    policies: outputs.GetResourcePoliciesResultPolicy[];
    /**
     * A string that identifies the version of the Atlas resource policy.
     */
    version: string;
}
export interface GetResourcePoliciesResultCreatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePoliciesResultLastUpdatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePoliciesResultPolicy {
    /**
     * A string that defines the permissions for the policy. The syntax used is the Cedar Policy language.
     */
    body: string;
    /**
     * Unique 24-hexadecimal character string that identifies the policy.
     */
    id: string;
}
export interface GetResourcePolicyCreatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePolicyLastUpdatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface GetResourcePolicyPolicy {
    /**
     * A string that defines the permissions for the policy. The syntax used is the Cedar Policy language.
     */
    body: string;
    /**
     * Unique 24-hexadecimal character string that identifies the policy.
     */
    id: string;
}
export interface GetSearchDeploymentSpec {
    /**
     * Hardware specification for the search node instance sizes. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Atlas-Search/operation/createAtlasSearchDeployment) describes the valid values. More details can also be found in the [Search Node Documentation](https://www.mongodb.com/docs/atlas/cluster-config/multi-cloud-distribution/#search-tier).
     */
    instanceSize: string;
    /**
     * Number of search nodes in the cluster.
     */
    nodeCount: number;
}
export interface GetSearchIndexSynonym {
    /**
     * [Analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use when creating the index.
     */
    analyzer: string;
    /**
     * Type set name.
     */
    name: string;
    sourceCollection: string;
}
export interface GetSearchIndexTypeSet {
    /**
     * Type set name.
     */
    name: string;
    /**
     * JSON array string describing the types for the set.
     */
    types: string;
}
export interface GetSearchIndexesResult {
    /**
     * [Analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use when creating the index.
     */
    analyzer: string;
    /**
     * [Custom analyzers](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/custom/#std-label-custom-analyzers) to use in this index (this is an array of objects).
     */
    analyzers: string;
    /**
     * Name of the cluster containing the collection with one or more Atlas Search indexes.
     */
    clusterName: string;
    /**
     * Name of the collection with one or more Atlas Search indexes.
     */
    collectionName: string;
    /**
     * Name of the database containing the collection with one or more Atlas Search indexes.
     */
    database: string;
    /**
     * JSON string containing the index field definitions for vector search indexes.
     */
    fields: string;
    /**
     * The unique identifier of the Atlas Search index.
     */
    indexId: string;
    /**
     * Flag indicating whether the index uses dynamic or static mappings. Mutually exclusive with `mappingsDynamicConfig`.
     */
    mappingsDynamic: boolean;
    /**
     * JSON object for `mappings.dynamic` when Atlas returns an object (Please see the documentation for [dynamic and static mappings](https://www.mongodb.com/docs/atlas/atlas-search/index-definitions/#field-mapping-examples)). Mutually exclusive with `mappingsDynamic`.
     */
    mappingsDynamicConfig: string;
    /**
     * Object containing one or more field specifications.
     */
    mappingsFields: string;
    /**
     * Type set name.
     */
    name: string;
    /**
     * Number of index partitions.
     */
    numPartitions: number;
    /**
     * Unique identifier for the [project](https://www.mongodb.com/docs/atlas/organizations-projects/#std-label-projects) that contains the specified cluster, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * [Analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use when searching the index.
     */
    searchAnalyzer: string;
    /**
     * Current status of the index.
     */
    status: string;
    /**
     * String that can be "true" (store all fields), "false" (default, don't store any field), or a JSON string that contains the list of fields to store (include) or not store (exclude) on Atlas Search. To learn more, see [Stored Source Fields](https://www.mongodb.com/docs/atlas/atlas-search/stored-source-definition/).
     */
    storedSource: string;
    /**
     * Synonyms mapping definition to use in this index.
     * * `synonyms.#.name` - Name of the [synonym mapping definition](https://www.mongodb.com/docs/atlas/reference/atlas-search/synonyms/#std-label-synonyms-ref).
     * * `synonyms.#.source_collection` - Name of the source MongoDB collection for the synonyms.
     * * `synonyms.#.analyzer` - Name of the [analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use with this synonym mapping.
     */
    synonyms: outputs.GetSearchIndexesResultSynonym[];
    /**
     * Type of the index. Can be `search` or `vectorSearch`.
     */
    type: string;
    /**
     * Set of type set definitions (when present). Each item includes:
     */
    typeSets: outputs.GetSearchIndexesResultTypeSet[];
}
export interface GetSearchIndexesResultSynonym {
    /**
     * [Analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use when creating the index.
     */
    analyzer: string;
    /**
     * Type set name.
     */
    name: string;
    sourceCollection: string;
}
export interface GetSearchIndexesResultTypeSet {
    /**
     * Type set name.
     */
    name: string;
    /**
     * JSON array string describing the types for the set.
     */
    types: string;
}
export interface GetServerlessInstanceLink {
    href: string;
    rel: string;
}
export interface GetServerlessInstanceTag {
    /**
     * Constant that defines the set of the tag.
     */
    key: string;
    /**
     * Variable that belongs to the set of the tag.
     */
    value: string;
}
export interface GetServerlessInstancesResult {
    /**
     * (Deprecated) Flag that indicates whether the serverless instance uses [Serverless Auto Indexing](https://www.mongodb.com/docs/atlas/performance-advisor/auto-index-serverless/).
     *
     * @deprecated This parameter is deprecated and will be removed in March 2025. For more details see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/serverless-shared-migration-guide.
     */
    autoIndexing: boolean;
    connectionStringsPrivateEndpointSrvs: string[];
    /**
     * Public `mongodb+srv://` connection string that you can use to connect to this serverless instance.
     */
    connectionStringsStandardSrv: string;
    /**
     * (Deprecated) Flag that indicates whether the serverless instance uses Serverless Continuous Backup.
     *
     * @deprecated This parameter is deprecated and will be removed in March 2025. For more details see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/serverless-shared-migration-guide.
     */
    continuousBackupEnabled: boolean;
    /**
     * Timestamp that indicates when MongoDB Cloud created the serverless instance. The timestamp displays in the ISO 8601 date and time format in UTC.
     */
    createDate: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the serverless instance.
     */
    id: string;
    links: outputs.GetServerlessInstancesResultLink[];
    /**
     * Version of MongoDB that the serverless instance runs, in `<major version>`.`<minor version>` format.
     */
    mongoDbVersion: string;
    /**
     * (Required) Human-readable label that identifies your serverless instance.
     */
    name: string;
    /**
     * Unique identifier for the [project](https://www.mongodb.com/docs/atlas/organizations-projects/#std-label-projects) that contains the specified cluster, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Cloud service provider on which MongoDB Cloud provisioned the serverless instance.
     */
    providerSettingsBackingProviderName: string;
    /**
     * Cloud service provider that applies to the provisioned the serverless instance.
     */
    providerSettingsProviderName: string;
    /**
     * Human-readable label that identifies the physical location of your MongoDB serverless instance. The region you choose can affect network latency for clients accessing your databases.
     */
    providerSettingsRegionName: string;
    /**
     * Stage of deployment of this serverless instance when the resource made its request.
     */
    stateName: string;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    tags: outputs.GetServerlessInstancesResultTag[];
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled: boolean;
}
export interface GetServerlessInstancesResultLink {
    href: string;
    rel: string;
}
export interface GetServerlessInstancesResultTag {
    /**
     * Constant that defines the set of the tag.
     */
    key: string;
    /**
     * Variable that belongs to the set of the tag.
     */
    value: string;
}
export interface GetServiceAccountAccessListEntriesResult {
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. You can set a value for this parameter or **ip_address**, but not for both.
     */
    cidrBlock: string;
    /**
     * The Client ID of the Service Account.
     */
    clientId: string;
    /**
     * Date the entry was added to the access list. This attribute expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * IP address to be added to the access list. You can set a value for this parameter or **cidr_block**, but not for both.
     */
    ipAddress: string;
    /**
     * Network address that issued the most recent request to the API.
     */
    lastUsedAddress: string;
    /**
     * Date when the API received the most recent request that originated from this network address.
     */
    lastUsedAt: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the organization that contains your projects.
     */
    orgId: string;
    /**
     * The number of requests that has originated from this network address.
     */
    requestCount: number;
}
export interface GetServiceAccountProjectAssignmentsResult {
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * A list of project roles assigned to the Service Account in this project.
     */
    roles: string[];
}
export interface GetServiceAccountSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface GetServiceAccountsResult {
    /**
     * The Client ID of the Service Account.
     */
    clientId: string;
    /**
     * The date that the Service Account was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Human readable description for the Service Account.
     */
    description: string;
    /**
     * Human-readable name for the Service Account.
     */
    name: string;
    /**
     * A list of Organization roles associated with the Service Account.
     */
    roles: string[];
    /**
     * A list of secrets associated with the specified Service Account.
     */
    secrets: outputs.GetServiceAccountsResultSecret[];
    /**
     * Indicates whether the Service Account is system managed.
     */
    systemManaged: boolean;
}
export interface GetServiceAccountsResultSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface GetSharedTierRestoreJobsResult {
    deliveryType: string;
    expirationDate: string;
    jobId: string;
    restoreFinishedDate: string;
    restoreScheduledDate: string;
    snapshotFinishedDate: string;
    snapshotId: string;
    snapshotUrl: string;
    status: string;
    targetDeploymentItemName: string;
    targetProjectId: string;
}
export interface GetSharedTierSnapshotsResult {
    expiration: string;
    finishTime: string;
    mongoDbVersion: string;
    scheduledTime: string;
    snapshotId: string;
    startTime: string;
    status: string;
}
export interface GetStreamConnectionAuthentication {
    /**
     * AWS configuration used for `AWS_MSK_IAM` authentication. See authentication AWS.
     */
    aws: outputs.GetStreamConnectionAuthenticationAws;
    /**
     * Public identifier for the Kafka client.
     */
    clientId: string;
    /**
     * Secret known only to the Kafka client and the authorization server.
     */
    clientSecret: string;
    /**
     * Method of authentication. Value can be `PLAIN`, `SCRAM-256`, `SCRAM-512`, `OAUTHBEARER`, or `AWS_MSK_IAM`.
     */
    mechanism: string;
    /**
     * SASL OAUTHBEARER authentication method. Value must be OIDC.
     */
    method: string;
    /**
     * Password for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    password: string;
    /**
     * Additional information to provide to the Kafka broker.
     */
    saslOauthbearerExtensions: string;
    /**
     * Scope of the access request to the broker specified by the Kafka clients.
     */
    scope: string;
    /**
     * OAUTH issuer (IdP provider) token endpoint HTTP(S) URI used to retrieve the token.
     */
    tokenEndpointUrl: string;
    /**
     * Username for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    username: string;
}
export interface GetStreamConnectionAuthenticationAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface GetStreamConnectionAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface GetStreamConnectionAzure {
    /**
     * Optional. Azure region where the storage account is deployed, specified as a valid Azure region name (for example, `eastus`, `westeurope`). Must match the region configured for the target Azure Storage account.
     */
    region: string;
    /**
     * UUID that identifies the Azure Service Principal used to access the Azure Blob Storage account.
     */
    servicePrincipalId: string;
    /**
     * Name of the Azure Storage account.
     */
    storageAccountName: string;
}
export interface GetStreamConnectionDbRoleToExecute {
    /**
     * The name of the role to use. Can be a built in role or a custom role.
     */
    role: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
}
export interface GetStreamConnectionFailoverAuthentication {
    /**
     * OIDC client identifier for authentication to the Kafka cluster.
     */
    clientId: string;
    /**
     * OIDC client secret for authentication to the Kafka cluster.
     */
    clientSecret: string;
    /**
     * Style of authentication. Can be one of PLAIN, SCRAM-256, SCRAM-512, or OAUTHBEARER.
     */
    mechanism: string;
    /**
     * SASL OAUTHBEARER authentication method. Currently, only OIDC is supported.
     */
    method: string;
    /**
     * Password of the account to connect to the Kafka cluster.
     */
    password: string;
    /**
     * SASL OAUTHBEARER extensions parameter for additional OAuth2 configuration.
     */
    saslOauthbearerExtensions: string;
    /**
     * OIDC scope parameter defining the access permissions requested.
     */
    scope: string;
    /**
     * SSL certificate for client authentication to Kafka.
     */
    sslCertificate: string;
    /**
     * SSL key for client authentication to Kafka.
     */
    sslKey: string;
    /**
     * Password for the SSL key, if it is password protected.
     */
    sslKeyPassword: string;
    /**
     * OIDC token endpoint URL for obtaining access tokens.
     */
    tokenEndpointUrl: string;
    /**
     * Username of the account to connect to the Kafka cluster.
     */
    username: string;
}
export interface GetStreamConnectionFailoverDbRoleToExecute {
    /**
     * The name of the role to use. Can be a built in role or a custom role.
     */
    role: string;
    /**
     * Type of the DB role. Can be either Built In or Custom.
     */
    type: string;
}
export interface GetStreamConnectionFailoverNetworking {
    /**
     * Information about networking access.
     */
    access: outputs.GetStreamConnectionFailoverNetworkingAccess;
}
export interface GetStreamConnectionFailoverNetworkingAccess {
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    connectionId: string;
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    name: string;
    /**
     * Reserved. Will be used by `TRANSIT_GATEWAY` connection type.
     */
    tgwRouteId: string;
    /**
     * Selected networking type. Either `PUBLIC`, `VPC`, `PRIVATE_LINK`, or `TRANSIT_GATEWAY`. Defaults to `PUBLIC`. For VPC, ensure that VPC peering exists and connectivity has been established between Atlas VPC and the VPC where Kafka cluster is hosted for the connection to function properly. `TRANSIT_GATEWAY` support is coming soon.
     */
    type: string;
}
export interface GetStreamConnectionFailoverSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL.
     */
    brokerPublicCertificate: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT`, `SASL_SSL`, or `SSL`.
     */
    protocol: string;
}
export interface GetStreamConnectionFailoversResult {
    /**
     * Applies to type: Kafka. User credentials required to connect to a Kafka Cluster. Includes the authentication type, as well as the parameters for that authentication mode.
     */
    authentication: outputs.GetStreamConnectionFailoversResultAuthentication;
    /**
     * Applies to type: Kafka. Comma separated list of server addresses.
     */
    bootstrapServers: string;
    /**
     * Applies to type: Cluster. Name of the cluster configured for this connection.
     */
    clusterName: string;
    /**
     * Applies to type: Cluster. Unique 24-hexadecimal digit string that identifies the project that contains the configured cluster. Required if the ID does not match the project containing the streams workspace. You must first enable the organization setting.
     */
    clusterProjectId: string;
    /**
     * Applies to type: Kafka. Map of Kafka key-value pairs for optional configuration. This object is flat, and keys can have '.' characters.
     */
    config: {
        [key: string]: string;
    };
    /**
     * Applies to type: Cluster. Name of a built-in or custom DB Role to connect to a MongoDB Cloud Cluster.
     */
    dbRoleToExecute: outputs.GetStreamConnectionFailoversResultDbRoleToExecute;
    /**
     * Unique identifier of the connection.
     */
    failoverConnectionId: string;
    /**
     * Applies to type: Kafka. Networking configuration for Streams connections.
     */
    networking: outputs.GetStreamConnectionFailoversResultNetworking;
    /**
     * Connection region.
     */
    region: string;
    /**
     * Applies to type: Kafka. Properties for the secure transport connection to Kafka. For SSL, this can include the trusted certificate to use.
     */
    security: outputs.GetStreamConnectionFailoversResultSecurity;
    /**
     * Connection state.
     */
    state: string;
    /**
     * Connection type.
     */
    type: string;
}
export interface GetStreamConnectionFailoversResultAuthentication {
    /**
     * OIDC client identifier for authentication to the Kafka cluster.
     */
    clientId: string;
    /**
     * OIDC client secret for authentication to the Kafka cluster.
     */
    clientSecret: string;
    /**
     * Style of authentication. Can be one of PLAIN, SCRAM-256, SCRAM-512, or OAUTHBEARER.
     */
    mechanism: string;
    /**
     * SASL OAUTHBEARER authentication method. Currently, only OIDC is supported.
     */
    method: string;
    /**
     * Password of the account to connect to the Kafka cluster.
     */
    password: string;
    /**
     * SASL OAUTHBEARER extensions parameter for additional OAuth2 configuration.
     */
    saslOauthbearerExtensions: string;
    /**
     * OIDC scope parameter defining the access permissions requested.
     */
    scope: string;
    /**
     * SSL certificate for client authentication to Kafka.
     */
    sslCertificate: string;
    /**
     * SSL key for client authentication to Kafka.
     */
    sslKey: string;
    /**
     * Password for the SSL key, if it is password protected.
     */
    sslKeyPassword: string;
    /**
     * OIDC token endpoint URL for obtaining access tokens.
     */
    tokenEndpointUrl: string;
    /**
     * Username of the account to connect to the Kafka cluster.
     */
    username: string;
}
export interface GetStreamConnectionFailoversResultDbRoleToExecute {
    /**
     * The name of the role to use. Can be a built in role or a custom role.
     */
    role: string;
    /**
     * Type of the DB role. Can be either Built In or Custom.
     */
    type: string;
}
export interface GetStreamConnectionFailoversResultNetworking {
    /**
     * Information about networking access.
     */
    access: outputs.GetStreamConnectionFailoversResultNetworkingAccess;
}
export interface GetStreamConnectionFailoversResultNetworkingAccess {
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    connectionId: string;
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    name: string;
    /**
     * Reserved. Will be used by `TRANSIT_GATEWAY` connection type.
     */
    tgwRouteId: string;
    /**
     * Selected networking type. Either `PUBLIC`, `VPC`, `PRIVATE_LINK`, or `TRANSIT_GATEWAY`. Defaults to `PUBLIC`. For VPC, ensure that VPC peering exists and connectivity has been established between Atlas VPC and the VPC where Kafka cluster is hosted for the connection to function properly. `TRANSIT_GATEWAY` support is coming soon.
     */
    type: string;
}
export interface GetStreamConnectionFailoversResultSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL.
     */
    brokerPublicCertificate: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT`, `SASL_SSL`, or `SSL`.
     */
    protocol: string;
}
export interface GetStreamConnectionGcp {
    /**
     * Email address of the Google Cloud Platform (GCP) service account that Atlas Streams uses to connect to GCP Pub/Sub resources.
     */
    serviceAccountId: string;
}
export interface GetStreamConnectionNetworking {
    /**
     * Information about the networking access. See access.
     */
    access: outputs.GetStreamConnectionNetworkingAccess;
}
export interface GetStreamConnectionNetworkingAccess {
    /**
     * Id of the Private Link connection when type is `PRIVATE_LINK`.
     */
    connectionId: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
}
export interface GetStreamConnectionSchemaRegistryAuthentication {
    /**
     * Password for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    password: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
    /**
     * Username for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    username: string;
}
export interface GetStreamConnectionSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL. String value of the certificate must be defined in the attribute.
     */
    brokerPublicCertificate: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT` or `SASL_SSL`.
     */
    protocol: string;
}
export interface GetStreamConnectionsResult {
    /**
     * User credentials required to connect to a Kafka cluster. Includes the authentication type, as well as the parameters for that authentication mode. See authentication.
     */
    authentication: outputs.GetStreamConnectionsResultAuthentication;
    /**
     * AWS configuration used for `AWS_MSK_IAM` authentication. See authentication AWS.
     */
    aws: outputs.GetStreamConnectionsResultAws;
    /**
     * The configuration for Azure Blob Storage connection. See Azure.
     */
    azure: outputs.GetStreamConnectionsResultAzure;
    /**
     * Comma separated list of server addresses.
     */
    bootstrapServers: string;
    /**
     * Name of the cluster configured for this connection.
     */
    clusterName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the project that contains the configured cluster. Required if the ID does not match the project containing the streams instance. You must first enable the organization setting.
     */
    clusterProjectId: string;
    /**
     * A map of Kafka key-value pairs for optional configuration. This is a flat object, and keys can have '.' characters.
     */
    config: {
        [key: string]: string;
    };
    /**
     * Label that identifies the stream connection. In the case of the Sample type, this is the name of the sample source.
     */
    connectionName: string;
    /**
     * The name of a Built in or Custom DB Role to connect to an Atlas Cluster. See DBRoleToExecute.
     */
    dbRoleToExecute: outputs.GetStreamConnectionsResultDbRoleToExecute;
    /**
     * The configuration for GCP Pub/Sub connection. See GCP.
     */
    gcp: outputs.GetStreamConnectionsResultGcp;
    /**
     * A map of key-value pairs for optional headers.
     */
    headers: {
        [key: string]: string;
    };
    id: string;
    /**
     * Label that identifies the stream processing workspace. Attribute is deprecated and will be removed in following major versions in favor of `workspaceName`.
     *
     * @deprecated This parameter is deprecated. Please transition to workspace_name.
     */
    instanceName: string;
    /**
     * Networking Access Type can be `PUBLIC`, `VPC`, or `PRIVATE_LINK`. See networking.
     */
    networking: outputs.GetStreamConnectionsResultNetworking;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Authentication configuration for Schema Registry. See Schema Registry Authentication.
     */
    schemaRegistryAuthentication: outputs.GetStreamConnectionsResultSchemaRegistryAuthentication;
    /**
     * The Schema Registry provider. Must be set to `CONFLUENT`.
     */
    schemaRegistryProvider: string;
    /**
     * List of Schema Registry endpoint URLs used by this connection. Each URL must use the http or https scheme and specify a valid host and optional port.
     */
    schemaRegistryUrls: string[];
    /**
     * Properties for the secure transport connection to Kafka. For SASL_SSL, this can include the trusted certificate to use. See security.
     */
    security: outputs.GetStreamConnectionsResultSecurity;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
    /**
     * URL of the HTTPs endpoint that will be used for creating a connection.
     */
    url: string;
    /**
     * Label that identifies the stream processing workspace. Conflicts with `instanceName`.
     *
     * > **NOTE:** Either `workspaceName` or `instanceName` must be provided, but not both. These fields are functionally identical and `workspaceName` is an alias for `instanceName`. `workspaceName` should be used instead of `instanceName`.
     */
    workspaceName: string;
}
export interface GetStreamConnectionsResultAuthentication {
    /**
     * AWS configuration used for `AWS_MSK_IAM` authentication. See authentication AWS.
     */
    aws: outputs.GetStreamConnectionsResultAuthenticationAws;
    /**
     * Public identifier for the Kafka client.
     */
    clientId: string;
    /**
     * Secret known only to the Kafka client and the authorization server.
     */
    clientSecret: string;
    /**
     * Method of authentication. Value can be `PLAIN`, `SCRAM-256`, `SCRAM-512`, `OAUTHBEARER`, or `AWS_MSK_IAM`.
     */
    mechanism: string;
    /**
     * SASL OAUTHBEARER authentication method. Value must be OIDC.
     */
    method: string;
    /**
     * Password for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    password: string;
    /**
     * Additional information to provide to the Kafka broker.
     */
    saslOauthbearerExtensions: string;
    /**
     * Scope of the access request to the broker specified by the Kafka clients.
     */
    scope: string;
    /**
     * OAUTH issuer (IdP provider) token endpoint HTTP(S) URI used to retrieve the token.
     */
    tokenEndpointUrl: string;
    /**
     * Username for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    username: string;
}
export interface GetStreamConnectionsResultAuthenticationAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface GetStreamConnectionsResultAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface GetStreamConnectionsResultAzure {
    /**
     * Optional. Azure region where the storage account is located, specified as a valid Azure region name (for example, `eastus`, `westeurope`).
     */
    region: string;
    /**
     * Required. UUID that identifies the Azure Service Principal used to access the Azure Blob Storage account.
     */
    servicePrincipalId: string;
    /**
     * Required. Name of the Azure Storage account. Must follow Azure storage account naming rules: 3 to 24 characters in length, and use only lowercase letters and numbers.
     */
    storageAccountName: string;
}
export interface GetStreamConnectionsResultDbRoleToExecute {
    /**
     * The name of the role to use. Can be a built in role or a custom role.
     */
    role: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
}
export interface GetStreamConnectionsResultGcp {
    /**
     * Email address of the Google Cloud Platform (GCP) service account that Atlas Streams uses to connect to GCP Pub/Sub resources.
     */
    serviceAccountId: string;
}
export interface GetStreamConnectionsResultNetworking {
    /**
     * Information about the networking access. See access.
     */
    access: outputs.GetStreamConnectionsResultNetworkingAccess;
}
export interface GetStreamConnectionsResultNetworkingAccess {
    /**
     * Id of the Private Link connection when type is `PRIVATE_LINK`.
     */
    connectionId: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
}
export interface GetStreamConnectionsResultSchemaRegistryAuthentication {
    /**
     * Password for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    password: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type: string;
    /**
     * Username for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    username: string;
}
export interface GetStreamConnectionsResultSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL. String value of the certificate must be defined in the attribute.
     */
    brokerPublicCertificate: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT` or `SASL_SSL`.
     */
    protocol: string;
}
export interface GetStreamInstanceDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    region: string;
}
export interface GetStreamInstanceStreamConfig {
    maxTierSize: string;
    /**
     * Selected tier for the Stream Instance. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    tier: string;
}
export interface GetStreamInstancesResult {
    /**
     * Defines the cloud service provider and region where MongoDB Cloud performs stream processing. See data process region.
     */
    dataProcessRegion: outputs.GetStreamInstancesResultDataProcessRegion;
    /**
     * List that contains the hostnames assigned to the stream instance.
     */
    hostnames: string[];
    id: string;
    /**
     * Human-readable label that identifies the stream instance.
     */
    instanceName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Defines the configuration options for an Atlas Stream Processing Instance. See stream config
     */
    streamConfig: outputs.GetStreamInstancesResultStreamConfig;
}
export interface GetStreamInstancesResultDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    region: string;
}
export interface GetStreamInstancesResultStreamConfig {
    maxTierSize: string;
    /**
     * Selected tier for the Stream Instance. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    tier: string;
}
export interface GetStreamPrivatelinkEndpointsResult {
    /**
     * Amazon Resource Name (ARN). Required for AWS Provider and MSK vendor.
     */
    arn: string;
    /**
     * Authentication mechanism to use with this private link connection. Only applies when the vendor is `MSK`. Valid values are `SASL_SCRAM`, `TLS`, and `IAM`. Changing this value forces replacement of the private link connection.
     */
    authenticationScheme: string;
    /**
     * The domain hostname. Optional for AWS Confluent Enterprise Kafka Cluster. Required for the following provider and vendor combinations:
     *
     *     * AWS provider with CONFLUENT vendor for Dedicated Kafka Cluster.
     *
     *     * AZURE provider with EVENTHUB or CONFLUENT vendor.
     *
     *     * AZURE provider with AZURE_BLOB_STORAGE vendor. This should follow the format `{storageAccount}.blob.core.windows.net`.
     *
     *     * For GCP provider with PUBSUB vendor, the API computes this process.
     *
     *     This attribute can be updated in place for AWS Confluent Enterprise Kafka Cluster. Updating it is only allowed when no domain is currently set, or when the connection is in the `IDLE` state.
     */
    dnsDomain: string;
    /**
     * Sub-Domain name of Confluent cluster. These are typically your availability zones. Required for AWS Provider and CONFLUENT vendor. If your AWS CONFLUENT cluster doesn't use subdomains, you must set this to the empty array [].
     */
    dnsSubDomains: string[];
    /**
     * Error message if the connection is in a failed state.
     */
    errorMessage: string;
    /**
     * The ID of the Private Link connection.
     */
    id: string;
    /**
     * Interface endpoint ID that is created from the specified service endpoint ID.
     */
    interfaceEndpointId: string;
    /**
     * Name of interface endpoint that is created from the specified service endpoint ID.
     */
    interfaceEndpointName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Account ID from the cloud provider.
     */
    providerAccountId: string;
    /**
     * Provider where the endpoint is deployed. Valid values are AWS, AZURE, and GCP.
     */
    providerName: string;
    /**
     * The region of the Provider’s cluster. See [AZURE](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/#stream-processing-instances) and [AWS](https://www.mongodb.com/docs/atlas/reference/amazon-aws/#stream-processing-instances) supported regions. When the vendor is `CONFLUENT`, this is the domain name of Confluent cluster. When the vendor is `MSK`, this is computed by the API from the provided `arn`.
     */
    region: string;
    /**
     * List of GCP service attachment URIs for Confluent vendor. Required for GCP provider with CONFLUENT vendor.
     */
    serviceAttachmentUris: string[];
    /**
     * For AZURE EVENTHUB, this is the [namespace endpoint ID](https://learn.microsoft.com/en-us/rest/api/eventhub/namespaces/get). For AWS CONFLUENT cluster, this is the [VPC Endpoint service name](https://docs.confluent.io/cloud/current/networking/private-links/aws-privatelink.html). For AWS LAMBDA, this is the Lambda VPC endpoint service name in the format `com.amazonaws.{region}.lambda`. For AZURE_BLOB_STORAGE, this is the Azure Resource Manager path of the storage account in the format `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Storage/storageAccounts/{storageAccount}`.
     */
    serviceEndpointId: string;
    /**
     * Status of the connection.
     */
    state: string;
    /**
     * Vendor that manages the endpoint. The following are the vendor values per provider:
     *
     *     * **AWS**: MSK, CONFLUENT, S3, and LAMBDA
     *
     *     * **Azure**: EVENTHUB, CONFLUENT, and AZURE_BLOB_STORAGE
     *
     *     * **GCP**: CONFLUENT and PUBSUB
     */
    vendor: string;
}
export interface GetStreamProcessorOptions {
    /**
     * Vertical autoscaling configuration for the stream processor. When present, the processor automatically scales its tier between `minTier` and `maxTier` based on load; `tier` is used only as the initial/baseline tier and the running tier is reported by `effectiveTier`. To disable autoscaling, remove this block.
     */
    autoscaling: outputs.GetStreamProcessorOptionsAutoscaling;
    /**
     * Dead letter queue for the stream processor. Refer to the [MongoDB Atlas Docs](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-dead-letter-queue) for more information.
     */
    dlq: outputs.GetStreamProcessorOptionsDlq;
}
export interface GetStreamProcessorOptionsAutoscaling {
    /**
     * Tier ceiling for autoscaling (scale-up limit). When not set, it defaults to the workspace maximum tier.
     */
    maxTier: string;
    /**
     * Tier floor for autoscaling (scale-down limit). When not set, it defaults to the lower of the processor `tier` and the workspace default tier.
     */
    minTier: string;
}
export interface GetStreamProcessorOptionsDlq {
    /**
     * Name of the collection to use for the DLQ.
     */
    coll: string;
    /**
     * Name of the connection to write DLQ messages to. Must be an Atlas connection.
     */
    connectionName: string;
    /**
     * Name of the database to use for the DLQ.
     */
    db: string;
}
export interface GetStreamProcessorsResult {
    /**
     * Tier the stream processor is currently running on. When autoscaling is disabled this equals `tier`; when autoscaling is enabled it reflects the tier chosen by the autoscaler within the configured bounds.
     */
    effectiveTier: string;
    /**
     * Indicates whether this stream processor is eligible for failover. When `true`, an operator can trigger a failover event to migrate the stream processor to a secondary region configured in the workspace's `failoverRegions`. Requires an Atlas-to-Atlas or Atlas-to-Kafka pipeline with `failoverRegions` configured on the workspace.
     */
    failoverEnabled: boolean;
    /**
     * Unique 24-hexadecimal character string that identifies the stream processor.
     */
    id: string;
    /**
     * Label that identifies the stream processing workspace.
     *
     * @deprecated This parameter is deprecated. Please transition to workspace_name.
     */
    instanceName: string;
    /**
     * Optional configuration for the stream processor. Empty `options` objects are not supported.
     */
    options: outputs.GetStreamProcessorsResultOptions;
    /**
     * Stream aggregation pipeline you want to apply to your streaming data, as a JSON string. [MongoDB Atlas Docs](https://www.mongodb.com/docs/atlas/atlas-stream-processing/stream-aggregation/#std-label-stream-aggregation) contain more information. For more details see the [Aggregation Pipelines Documentation](https://www.mongodb.com/docs/atlas/atlas-stream-processing/stream-aggregation/). **Field order matters:** author this as a raw JSON string (heredoc or `file("pipeline.json")`) and do not use jsonencode, which sorts object keys lexicographically, changing sort precedence, document-literal equality matches, and `$addFields`/`$project` output field order.
     */
    pipeline: string;
    /**
     * Label that identifies the stream processor.
     */
    processorName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * The state of the stream processor. Commonly occurring states are 'CREATED', 'STARTED', 'STOPPED' and 'FAILED'. Used to start or stop the Stream Processor. Valid values are `CREATED`, `STARTED` or `STOPPED`. When a Stream Processor is created without specifying the state, it will default to `CREATED` state. When a Stream Processor is updated without specifying the state, it will default to the Previous state.
     */
    state: string;
    /**
     * The stats associated with the stream processor. Refer to the [MongoDB Atlas Docs](https://www.mongodb.com/docs/atlas/atlas-stream-processing/manage-stream-processor/#view-statistics-of-a-stream-processor) for more information.
     */
    stats: string;
    /**
     * Selected tier to start a stream processor on rather than defaulting to the workspace setting. Configures Memory / VCPU allowances. Valid options are SP2, SP5, SP10, SP30, and SP50. When `options.autoscaling` is enabled, this is used only as the initial/baseline tier; the running tier is reported by `effectiveTier`.
     */
    tier: string;
    /**
     * Label that identifies the stream processing workspace. Conflicts with `instanceName`.
     */
    workspaceName: string;
}
export interface GetStreamProcessorsResultOptions {
    /**
     * Vertical autoscaling configuration for the stream processor. When present, the processor automatically scales its tier between `minTier` and `maxTier` based on load; `tier` is used only as the initial/baseline tier and the running tier is reported by `effectiveTier`. To disable autoscaling, remove this block.
     */
    autoscaling: outputs.GetStreamProcessorsResultOptionsAutoscaling;
    /**
     * Dead letter queue for the stream processor. Refer to the [MongoDB Atlas Docs](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-dead-letter-queue) for more information.
     */
    dlq: outputs.GetStreamProcessorsResultOptionsDlq;
}
export interface GetStreamProcessorsResultOptionsAutoscaling {
    /**
     * Tier ceiling for autoscaling (scale-up limit). When not set, it defaults to the workspace maximum tier.
     */
    maxTier: string;
    /**
     * Tier floor for autoscaling (scale-down limit). When not set, it defaults to the lower of the processor `tier` and the workspace default tier.
     */
    minTier: string;
}
export interface GetStreamProcessorsResultOptionsDlq {
    /**
     * Name of the collection to use for the DLQ.
     */
    coll: string;
    /**
     * Name of the connection to write DLQ messages to. Must be an Atlas connection.
     */
    connectionName: string;
    /**
     * Name of the database to use for the DLQ.
     */
    db: string;
}
export interface GetStreamWorkspaceDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    region: string;
}
export interface GetStreamWorkspaceFailoverRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    region: string;
}
export interface GetStreamWorkspaceStreamConfig {
    maxTierSize: string;
    /**
     * Selected tier for the Stream Instance. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    tier: string;
}
export interface GetStreamWorkspacesResult {
    /**
     * Defines the cloud service provider and region where MongoDB Cloud performs stream processing. See data process region.
     */
    dataProcessRegion: outputs.GetStreamWorkspacesResultDataProcessRegion;
    failoverRegions: outputs.GetStreamWorkspacesResultFailoverRegion[];
    /**
     * List that contains the hostnames assigned to the stream workspace.
     */
    hostnames: string[];
    id: string;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * Defines the configuration options for an Atlas Stream Processing Instance. See stream config
     */
    streamConfig: outputs.GetStreamWorkspacesResultStreamConfig;
    /**
     * Label that identifies the stream workspace.
     */
    workspaceName: string;
}
export interface GetStreamWorkspacesResultDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    region: string;
}
export interface GetStreamWorkspacesResultFailoverRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    region: string;
}
export interface GetStreamWorkspacesResultStreamConfig {
    maxTierSize: string;
    /**
     * Selected tier for the Stream Workspace. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    tier: string;
}
export interface GetTeamUser {
    /**
     * Two-character alphabetical string that identifies the MongoDB Cloud user's geographic location. This parameter uses the ISO 3166-1a2 code format.
     */
    country: string;
    /**
     * Date and time when MongoDB Cloud created the current account. This value is in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * First or given name that belongs to the MongoDB Cloud user.
     */
    firstName: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the MongoDB Cloud user.
     */
    id: string;
    /**
     * Date and time when MongoDB Cloud sent the invitation. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationCreatedAt: string;
    /**
     * Date and time when the invitation from MongoDB Cloud expires. MongoDB Cloud represents this timestamp in ISO 8601 format in UTC.
     */
    invitationExpiresAt: string;
    /**
     * Username of the MongoDB Cloud user who sent the invitation to join the organization.
     */
    inviterUsername: string;
    /**
     * Date and time when the current account last authenticated. This value is in the ISO 8601 timestamp format in UTC.
     */
    lastAuth: string;
    /**
     * Last name, family name, or surname that belongs to the MongoDB Cloud user.
     */
    lastName: string;
    /**
     * Mobile phone number that belongs to the MongoDB Cloud user.
     */
    mobileNumber: string;
    /**
     * String enum that indicates whether the MongoDB Cloud user has a pending invitation to join the organization or are already active in the organization.
     */
    orgMembershipStatus: string;
    /**
     * Organization and project-level roles assigned to one MongoDB Cloud user within one organization.
     */
    roles: outputs.GetTeamUserRole[];
    /**
     * List of unique 24-hexadecimal digit strings that identifies the teams to which this MongoDB Cloud user belongs.
     */
    teamIds: string[];
    /**
     * Email address that represents the username of the MongoDB Cloud user.
     */
    username: string;
}
export interface GetTeamUserRole {
    orgRoles: string[];
    projectRoleAssignments: outputs.GetTeamUserRoleProjectRoleAssignment[];
}
export interface GetTeamUserRoleProjectRoleAssignment {
    projectId: string;
    projectRoles: string[];
}
export interface GetThirdPartyIntegrationsResult {
    accountId: string;
    /**
     * Your API Key.
     */
    apiKey: string;
    channelName: string;
    /**
     * Whether your cluster has Prometheus enabled.
     */
    enabled: boolean;
    /**
     * Unique identifier of the integration.
     */
    id: string;
    /**
     * Your Microsoft Teams incoming webhook URL.
     * * `PROMETHEUS`
     */
    microsoftTeamsWebhookUrl: string;
    /**
     * The unique ID for the project to get all Third-Party service integrations, also known as `groupId` in the official documentation
     */
    projectId: string;
    /**
     * Two-letter code that indicates which API URL to use. See the `region` response field of [MongoDB API Third-Party Service Integration documentation](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-getthirdpartyintegration) for more details. Opsgenie will use US by default.
     * * `VICTOR_OPS`
     */
    region: string;
    /**
     * An optional field for your Routing Key.
     * * `WEBHOOK`
     */
    routingKey: string;
    /**
     * An optional field for your webhook secret.
     * * `MICROSOFT_TEAMS`
     */
    secret: string;
    /**
     * Toggle sending collection latency metrics that includes database names and collection names and latency metrics on reads, writes, commands, and transactions.
     */
    sendCollectionLatencyMetrics: boolean;
    /**
     * Toggle sending database metrics that includes database names and metrics on the number of collections, storage size, and index size.
     */
    sendDatabaseMetrics: boolean;
    /**
     * Toggle sending query shape metrics that includes query hash and metrics on latency, execution frequency, documents returned, and timestamps.
     * * `OPS_GENIE`
     */
    sendQueryStatsMetrics: boolean;
    /**
     * Toggle sending user provided group and cluster resource tags with the Datadog metrics.
     */
    sendUserProvidedResourceTags: boolean;
    /**
     * Indicates which service discovery method is used, either file or http.
     */
    serviceDiscovery: string;
    /**
     * Your Service Key.
     * * `DATADOG`
     */
    serviceKey: string;
    teamName: string;
    /**
     * Third-Party service integration type.
     */
    type: string;
    /**
     * Your webhook URL.
     */
    url: string;
    /**
     * Your Prometheus username.
     */
    userName: string;
}
export interface GetX509AuthenticationDatabaseUserCertificate {
    createdAt: string;
    groupId: string;
    id: number;
    notAfter: string;
    subject: string;
}
export interface GlobalClusterConfigCustomZoneMapping {
    /**
     * The ISO location code to which you want to map a zone in your Global Cluster. You can find a list of all supported location codes [here](https://cloud.mongodb.com/static/atlas/country_iso_codes.txt).
     */
    location: string;
    /**
     * The name of the zone in your Global Cluster that you want to map to location.
     */
    zone: string;
}
export interface GlobalClusterConfigManagedNamespace {
    /**
     * The name of the collection associated with the managed namespace.
     */
    collection: string;
    /**
     * The custom shard key for the collection. Global Clusters require a compound shard key consisting of a location field and a user-selected second key, the custom shard key.
     */
    customShardKey: string;
    /**
     * The name of the database containing the collection.
     */
    db: string;
    /**
     * Specifies whether the custom shard key for the collection is [hashed](https://www.mongodb.com/docs/manual/reference/method/sh.shardCollection/#hashed-shard-keys). If omitted, defaults to `false`. If `false`, Atlas uses [ranged sharding](https://www.mongodb.com/docs/manual/core/ranged-sharding/). This is only available for Atlas clusters with MongoDB v4.4 and later.
     */
    isCustomShardKeyHashed: boolean;
    /**
     * Specifies whether the underlying index enforces a unique constraint. If omitted, defaults to false. You cannot specify true when using [hashed shard keys](https://www.mongodb.com/docs/manual/core/hashed-sharding/#std-label-sharding-hashed).
     */
    isShardKeyUnique: boolean;
}
export interface LdapConfigurationUserToDnMapping {
    ldapQuery: string;
    match: string;
    substitution: string;
}
export interface LdapVerifyLink {
    href: string;
    rel: string;
}
export interface LdapVerifyValidation {
    /**
     * The current status of the LDAP over TLS/SSL configuration. One of the following values: `PENDING`, `SUCCESS`, and `FAILED`.
     */
    status: string;
    validationType: string;
}
export interface LogIntegrationOtelSuppliedHeader {
    /**
     * Header name.
     */
    name: string;
    /**
     * Header value.
     */
    value: string;
}
export interface MaintenanceWindowProtectedHours {
    /**
     * Zero-based integer that represents the end hour of the day for the protected hours window.
     */
    endHourOfDay: number;
    /**
     * Zero-based integer that represents the beginning hour of the day for the protected hours window.
     */
    startHourOfDay: number;
}
export interface McpConfigIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
}
export interface MetricIntegrationHeader {
    /**
     * Header name.
     */
    name: string;
    /**
     * Header value.
     */
    value: string;
}
export interface MetricIntegrationHeadersRedacted {
    /**
     * Header name.
     */
    name: string;
    /**
     * Redacted header value.
     */
    value: string;
}
export interface OnlineArchiveCriteria {
    /**
     * Indexed database parameter that stores the date that determines when data moves to the online archive. MongoDB Cloud archives the data when the current date exceeds the date in this database parameter plus the number of days specified through the expireAfterDays parameter.
     */
    dateField?: string;
    /**
     * Syntax used to write the date after which data moves to the online archive. Date can be expressed as ISO 8601, Epoch timestamps, or ObjectId. The Epoch timestamp can be expressed as nanoseconds, milliseconds, or seconds. You must set `type` to `DATE` if `collectionType` is `TIMESERIES`. Valid values: `ISODATE`, `EPOCH_SECONDS`, `EPOCH_MILLIS`, `EPOCH_NANOSECONDS`, or `OBJECT_ID`. Default is `ISODATE`. See [dateFormat](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-creategroupclusteronlinearchive#operation-creategroupclusteronlinearchive-body-application-vnd-atlas-2023-01-01-json-date-criteria-object-dateformat) in the Atlas Admin API reference.
     */
    dateFormat: string;
    /**
     * Number of days after the value in the criteria.dateField when MongoDB Cloud archives data in the specified cluster.
     *
     * **_NOTE: if `DATE` is selected, the `partition_fields.field_name` must be completed with the `dateField` value_**
     *
     * The only field required for criteria type `CUSTOM`
     */
    expireAfterDays?: number;
    /**
     * JSON query to use to select documents for archiving. Atlas uses the specified query with the db.collection.find(query) command. The empty document {} to return all documents is not supported.
     */
    query?: string;
    /**
     * Type of criteria (DATE, CUSTOM)
     *
     * The following fields are required for criteria type `DATE`
     */
    type: string;
}
export interface OnlineArchiveDataExpirationRule {
    /**
     * Number of days used in the date criteria for nominating documents for deletion. Value must be between 7 and 9215.
     */
    expireAfterDays: number;
}
export interface OnlineArchiveDataProcessRegion {
    /**
     * Human-readable label that identifies the Cloud service provider where you wish to store your archived data. `AZURE` may be selected only if Azure is the Cloud service provider for the cluster and no AWS online archive has been created for the cluster.
     */
    cloudProvider: string;
    /**
     * Human-readable label that identifies the geographic location of the region where you wish to store your archived data. For allowed values, see [MongoDB Atlas API documentation](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createonlinearchive)
     */
    region: string;
}
export interface OnlineArchivePartitionField {
    /**
     * Human-readable label that identifies the parameter that MongoDB Cloud uses to partition data. To specify a nested parameter, use the dot notation.
     */
    fieldName: string;
    /**
     * Data type of the parameter that that MongoDB Cloud uses to partition data. Partition parameters of type UUID must be of binary subtype 4. MongoDB Cloud skips partition parameters of type UUID with subtype 3. Valid values: `date`, `int`, `long`, `objectId`, `string`, `uuid`.
     */
    fieldType: string;
    /**
     * Sequence in which MongoDB Cloud slices the collection data to create partitions. The resource expresses this sequence starting with zero. The value of the `criteria.dateField` parameter defaults as the first item in the partition sequence.
     */
    order: number;
}
export interface OnlineArchiveSchedule {
    /**
     * Day of the month when the scheduled archive starts. This field should be provided only when schedule `type` is `MONTHLY`.
     */
    dayOfMonth?: number;
    /**
     * Day of the week when the scheduled archive starts. The week starts with Monday (1) and ends with Sunday (7). This field should be provided only when schedule `type` is `WEEKLY`.
     */
    dayOfWeek?: number;
    /**
     * Hour of the day when the scheduled window to run one online archive ends.
     */
    endHour?: number;
    /**
     * Minute of the hour when the scheduled window to run one online archive ends.
     */
    endMinute?: number;
    /**
     * Hour of the day when the when the scheduled window to run one online archive starts.
     */
    startHour?: number;
    /**
     * Minute of the hour when the scheduled window to run one online archive starts.
     */
    startMinute?: number;
    /**
     * Type of schedule (``DAILY` ,  `MONTHLY` ,  `WEEKLY`).
     */
    type: string;
}
export interface OrganizationCustomSessionTimeouts {
    /**
     * Specifies the absolute session timeout duration in seconds. When set to `null`, the field's value is unset, and the default value of 43,200 seconds (12 hours) is applied. Accepted values range between a minimum of 3,600 seconds (1 hour) and a maximum of 43,200 seconds (12 hours).
     */
    absoluteSessionTimeoutInSeconds?: number;
    /**
     * Specifies the idle session timeout duration in seconds. When set to `null`, the field's value is unset, and the default behavior depends on the context: no timeout for Atlas Commercial, and 600 seconds (10 minutes) for Atlas for Government. Accepted values start at a minimum of 300 seconds (5 minutes). For Atlas Commercial, the maximum value cannot exceed the configured absolute session timeout. For Atlas for Government, the maximum value is capped at 600 seconds (10 minutes).
     */
    idleSessionTimeoutInSeconds?: number;
}
export interface OrganizationServiceAccount {
    /**
     * The Client ID of the Service Account.
     */
    clientId: string;
    /**
     * The date that the Service Account was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * Human readable description for the Service Account.
     */
    description: string;
    /**
     * Human-readable name for the Service Account. The name is modifiable and does not have to be unique.
     */
    name: string;
    /**
     * A list of organization-level roles for the Service Account.
     */
    roles: string[];
    /**
     * The expiration time of the new Service Account secret, provided in hours. The minimum and maximum allowed expiration times are subject to change and are controlled by the organization's settings.
     *
     * > **WARNING:** Service Account secrets expire after the configured `secretExpiresAfterHours` period. To avoid losing access to the Atlas Administration API, update your application with the new client secret before the current one expires. If all secrets expire without being replaced, you will lose access to the organization. For more information, see [Rotate Service Account Secrets](https://www.mongodb.com/docs/atlas/tutorial/rotate-service-account-secrets/).
     */
    secretExpiresAfterHours: number;
    /**
     * A list of secrets associated with the specified Service Account. See Secrets.
     */
    secrets: outputs.OrganizationServiceAccountSecret[];
}
export interface OrganizationServiceAccountSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The secret for the Service Account. It will be returned only the first time after creation.
     */
    secret: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface PrivateLinkEndpointServiceEndpoint {
    /**
     * Forwarding rule that corresponds to the endpoint you created.
     */
    endpointName?: string;
    /**
     * Private IP address of the endpoint you created.
     */
    ipAddress?: string;
    /**
     * Status of the endpoint. Atlas returns one of the [values shown above](https://www.mongodb.com/docs/atlas/reference/api/private-endpoints-endpoint-create-one/#std-label-ref-status-field).
     */
    status: string;
}
export interface PrivatelinkEndpointServiceDataFederationOnlineArchiveTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    update?: string;
}
export interface ProjectApiKeyProjectAssignment {
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: string;
    /**
     * List of Project roles that the Programmatic API key needs to have. Ensure you provide: at least one role and ensure all roles are valid for the Project. You must specify an array even if you are only associating a single role with the Programmatic API key. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#project-roles) describes the valid roles that can be assigned.
     */
    roleNames: string[];
}
export interface ProjectIpAccessListTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `45m`.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled. Default: `2m`.
     */
    read?: string;
}
export interface ProjectIpAddresses {
    services: outputs.ProjectIpAddressesServices;
}
export interface ProjectIpAddressesServices {
    clusters: outputs.ProjectIpAddressesServicesCluster[];
}
export interface ProjectIpAddressesServicesCluster {
    clusterName: string;
    inbounds: string[];
    outbounds: string[];
}
export interface ProjectLimit {
    currentUsage: number;
    defaultLimit: number;
    maximumLimit: number;
    /**
     * Human-readable label that identifies this project limit. See [Project Limit Documentation](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Projects/operation/setProjectLimit) under `limitName` parameter to find all the limits that can be defined.
     */
    name: string;
    /**
     * Amount to set the limit to. Use the [Project Limit Documentation](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Projects/operation/setProjectLimit) under `limitName` parameter to verify the override limits.
     */
    value: number;
}
export interface ProjectMcpConfigIpAccessList {
    /**
     * Range of network addresses in the access list for the Service Account. This parameter requires the range to be expressed in Classless Inter-Domain Routing (CIDR) notation of Internet Protocol version 4 or version 6 addresses. You can set a value for this parameter or `ipAddress`, but not for both in the same request.
     */
    cidrBlock: string;
    /**
     * Network address in the access list for the Service Account. This parameter requires the address to be expressed as one Internet Protocol version 4 or version 6 address. You can set a value for this parameter or `cidrBlock`, but not for both in the same request.
     */
    ipAddress: string;
}
export interface ProjectServiceAccountSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * The secret for the Service Account. It will be returned only the first time after creation.
     */
    secret: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface ProjectTeam {
    /**
     * Each string in the array represents a project role you want to assign to the team. Every user associated with the team inherits these roles. You must specify an array even if you are only associating a single role with the team. The [MongoDB Documentation](https://www.mongodb.com/docs/atlas/reference/user-roles/#organization-roles) describes the roles a user can have.
     *
     * > **NOTE:** Project created by API Keys must belong to an existing organization.
     */
    roleNames: string[];
    /**
     * The unique identifier of the team you want to associate with the project. The team and project must share the same parent organization.
     */
    teamId: string;
}
export interface PushBasedLogExportTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `15m`.
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `15m`.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `15m`.
     */
    update?: string;
}
export interface ResourcePolicyCreatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface ResourcePolicyLastUpdatedByUser {
    /**
     * Unique 24-hexadecimal character string that identifies a user.
     */
    id: string;
    /**
     * Human-readable label that describes a user.
     */
    name: string;
}
export interface ResourcePolicyPolicy {
    /**
     * A string that defines the permissions for the policy. The syntax used is the Cedar Policy language.
     */
    body: string;
    /**
     * Unique 24-hexadecimal character string that identifies the policy.
     */
    id: string;
}
export interface SearchDeploymentSpec {
    /**
     * Hardware specification for the search node instance sizes. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Atlas-Search/operation/createAtlasSearchDeployment) describes the valid values. More details can also be found in the [Search Node Documentation](https://www.mongodb.com/docs/atlas/cluster-config/multi-cloud-distribution/#search-tier).
     */
    instanceSize: string;
    /**
     * Number of search nodes in the cluster.
     */
    nodeCount: number;
}
export interface SearchDeploymentTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs. Default: `3h`.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    update?: string;
}
export interface SearchIndexSynonym {
    /**
     * [Analyzer](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/#std-label-analyzers-ref) to use when creating the index. Defaults to [lucene.standard](https://www.mongodb.com/docs/atlas/reference/atlas-search/analyzers/standard/#std-label-ref-standard-analyzer)
     */
    analyzer: string;
    /**
     * The name of the search index you want to create.
     */
    name: string;
    /**
     * (Required) Name of the source MongoDB collection for the synonyms. Documents in this collection must be in the format described in the [Synonyms Source Collection Documents](https://www.mongodb.com/docs/atlas/reference/atlas-search/synonyms/#std-label-synonyms-coll-spec).
     */
    sourceCollection: string;
}
export interface SearchIndexTypeSet {
    /**
     * Name of the type set.
     */
    name: string;
    /**
     * JSON array describing the types.
     */
    types?: string;
}
export interface ServerlessInstanceLink {
    href: string;
    rel: string;
}
export interface ServerlessInstanceTag {
    /**
     * Constant that defines the set of the tag.
     */
    key: string;
    /**
     * Variable that belongs to the set of the tag.
     *
     * To learn more, see [Resource Tags](https://www.mongodb.com/docs/atlas/tags/).
     */
    value: string;
}
export interface ServiceAccountSecret {
    /**
     * The date that the secret was created on. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    createdAt: string;
    /**
     * The date for the expiration of the secret. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    expiresAt: string;
    /**
     * The last time the secret was used. This parameter expresses its value in the ISO 8601 timestamp format in UTC.
     */
    lastUsedAt: string;
    /**
     * The masked Service Account secret.
     */
    maskedSecretValue: string;
    /**
     * The secret for the Service Account. It will be returned only the first time after creation.
     */
    secret: string;
    /**
     * Unique 24-hexadecimal digit string that identifies the secret.
     */
    secretId: string;
}
export interface StreamConnectionAuthentication {
    /**
     * AWS configuration used for `AWS_MSK_IAM` authentication to an Amazon MSK cluster. See authentication AWS.
     */
    aws?: outputs.StreamConnectionAuthenticationAws;
    /**
     * Public identifier for the Kafka client.
     */
    clientId?: string;
    /**
     * Secret known only to the Kafka client and the authorization server.
     */
    clientSecret?: string;
    /**
     * Method of authentication. Value can be `PLAIN`, `SCRAM-256`, `SCRAM-512`, `OAUTHBEARER`, or `AWS_MSK_IAM`.
     */
    mechanism?: string;
    /**
     * SASL OAUTHBEARER authentication method. Value must be OIDC.
     */
    method?: string;
    /**
     * Password of the account to connect to the Kafka cluster.
     */
    password?: string;
    /**
     * Additional information to provide to the Kafka broker.
     */
    saslOauthbearerExtensions?: string;
    /**
     * Scope of the access request to the broker specified by the Kafka clients.
     */
    scope?: string;
    /**
     * OAUTH issuer (IdP provider) token endpoint HTTP(S) URI used to retrieve the token.
     */
    tokenEndpointUrl?: string;
    /**
     * Username of the account to connect to the Kafka cluster.
     */
    username?: string;
}
export interface StreamConnectionAuthenticationAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface StreamConnectionAws {
    /**
     * Amazon Resource Name (ARN) that identifies the Amazon Web Services (AWS) Identity and Access Management (IAM) role that MongoDB Cloud assumes when it accesses resources in your AWS account.
     */
    roleArn: string;
}
export interface StreamConnectionAzure {
    /**
     * Azure region where the storage account is located, specified as a valid Azure region name (for example, `eastus`, `westeurope`).
     */
    region: string;
    /**
     * UUID that identifies the Azure Service Principal used to access the Azure Blob Storage account.
     */
    servicePrincipalId: string;
    /**
     * Name of the Azure Storage account to use. Must be lowercase, 3-24 characters, and contain only letters and numbers.
     */
    storageAccountName: string;
}
export interface StreamConnectionDbRoleToExecute {
    /**
     * The name of the role to use. Value can be  `atlasAdmin`, `readWriteAnyDatabase`, or `readAnyDatabase` if `type` is set to `BUILT_IN`, or the name of a user-defined role if `type` is set to `CUSTOM`.
     */
    role: string;
    /**
     * Type of connection. Can be `AWSKinesisDataStreams`, `AWSLambda`, `AzureBlobStorage`, `Cluster`, `GCPPubSub`, `Https`, `Kafka`, `S3`, `Sample`, or `SchemaRegistry`.
     */
    type: string;
}
export interface StreamConnectionFailoverAuthentication {
    /**
     * OIDC client identifier for authentication to the Kafka cluster.
     */
    clientId?: string;
    /**
     * OIDC client secret for authentication to the Kafka cluster.
     */
    clientSecret?: string;
    /**
     * Style of authentication. Can be one of PLAIN, SCRAM-256, SCRAM-512, or OAUTHBEARER.
     */
    mechanism?: string;
    /**
     * SASL OAUTHBEARER authentication method. Currently, only OIDC is supported.
     */
    method?: string;
    /**
     * Password of the account to connect to the Kafka cluster.
     */
    password?: string;
    /**
     * SASL OAUTHBEARER extensions parameter for additional OAuth2 configuration.
     */
    saslOauthbearerExtensions?: string;
    /**
     * OIDC scope parameter defining the access permissions requested.
     */
    scope?: string;
    /**
     * SSL certificate for client authentication to Kafka.
     */
    sslCertificate?: string;
    /**
     * SSL key for client authentication to Kafka.
     */
    sslKey?: string;
    /**
     * Password for the SSL key, if it is password protected.
     */
    sslKeyPassword?: string;
    /**
     * OIDC token endpoint URL for obtaining access tokens.
     */
    tokenEndpointUrl?: string;
    /**
     * Username of the account to connect to the Kafka cluster.
     */
    username?: string;
}
export interface StreamConnectionFailoverDbRoleToExecute {
    /**
     * The name of the role to use. Can be a built in role or a custom role.
     */
    role: string;
    /**
     * Type of the DB role. Can be either Built In or Custom.
     */
    type: string;
}
export interface StreamConnectionFailoverNetworking {
    /**
     * Information about networking access.
     */
    access: outputs.StreamConnectionFailoverNetworkingAccess;
}
export interface StreamConnectionFailoverNetworkingAccess {
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    connectionId?: string;
    /**
     * Reserved. Will be used by `PRIVATE_LINK` connection type.
     */
    name?: string;
    /**
     * Reserved. Will be used by `TRANSIT_GATEWAY` connection type.
     */
    tgwRouteId?: string;
    /**
     * Selected networking type. Either `PUBLIC`, `VPC`, `PRIVATE_LINK`, or `TRANSIT_GATEWAY`. Defaults to `PUBLIC`. For VPC, ensure that VPC peering exists and connectivity has been established between Atlas VPC and the VPC where Kafka cluster is hosted for the connection to function properly. `TRANSIT_GATEWAY` support is coming soon.
     */
    type: string;
}
export interface StreamConnectionFailoverSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL.
     */
    brokerPublicCertificate?: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT`, `SASL_SSL`, or `SSL`.
     */
    protocol?: string;
}
export interface StreamConnectionFailoverTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    update?: string;
}
export interface StreamConnectionGcp {
    /**
     * Email address of the Google Cloud Platform (GCP) service account that Atlas Streams uses to connect to GCP Pub/Sub resources.
     */
    serviceAccountId: string;
}
export interface StreamConnectionNetworking {
    /**
     * Information about the networking access. See access.
     */
    access: outputs.StreamConnectionNetworkingAccess;
}
export interface StreamConnectionNetworkingAccess {
    /**
     * Id of the Private Link connection when type is `PRIVATE_LINK`.
     */
    connectionId?: string;
    /**
     * Selected networking type. Either `PUBLIC`, `VPC` or `PRIVATE_LINK`. Defaults to `PUBLIC`.
     */
    type: string;
}
export interface StreamConnectionSchemaRegistryAuthentication {
    /**
     * Password for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    password?: string;
    /**
     * Authentication type discriminator. Specifies the authentication mechanism for Confluent Schema Registry. Valid values are `USER_INFO` or `SASL_INHERIT`.
     * * `USER_INFO` - Uses username and password authentication for Confluent Schema Registry.
     * * `SASL_INHERIT` - Inherits the authentication configuration from Kafka for the Confluent Schema Registry.
     */
    type?: string;
    /**
     * Username for the Schema Registry. Required when `type` is `USER_INFO`.
     */
    username?: string;
}
export interface StreamConnectionSecurity {
    /**
     * A trusted, public x509 certificate for connecting to Kafka over SSL. String value of the certificate must be defined in the attribute.
     */
    brokerPublicCertificate?: string;
    /**
     * Describes the transport type. Can be either `SASL_PLAINTEXT` or `SASL_SSL`.
     */
    protocol?: string;
}
export interface StreamConnectionTimeouts {
    /**
     * The maximum time to wait for the stream connection to be fully provisioned after creation. Defaults to `40m` (40 minutes).
     */
    create?: string;
    /**
     * The maximum time to wait for the stream connection to be fully deleted. Defaults to `40m` (40 minutes).
     */
    delete?: string;
    /**
     * The maximum time to wait for the stream connection to be fully provisioned after an update. Defaults to `40m` (40 minutes).
     */
    update?: string;
}
export interface StreamInstanceDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    region: string;
}
export interface StreamInstanceStreamConfig {
    /**
     * Maximum tier size for the Stream Instance.
     */
    maxTierSize: string;
    /**
     * Selected tier for the Stream Instance. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/createStreamInstance) describes the valid values.
     */
    tier: string;
}
export interface StreamProcessorOptions {
    /**
     * Vertical autoscaling configuration for the stream processor. When present, the processor automatically scales its tier between `minTier` and `maxTier` based on load; `tier` is used only as the initial/baseline tier and the running tier is reported by `effectiveTier`. To disable autoscaling, remove this block.
     */
    autoscaling?: outputs.StreamProcessorOptionsAutoscaling;
    /**
     * Dead letter queue for the stream processor. Refer to the [MongoDB Atlas Docs](https://www.mongodb.com/docs/atlas/reference/glossary/#std-term-dead-letter-queue) for more information.
     */
    dlq?: outputs.StreamProcessorOptionsDlq;
    /**
     * Controls checkpoint behavior when the `$source` stage or a window stage of the `pipeline` changes. When `true`, the stream processor resumes from its last checkpoint. Set to `false` to discard the existing checkpoint, which is necessary for those changes because the API rejects them while resuming from an incompatible checkpoint. Defaults to `true` when not set.
     */
    resumeFromCheckpoint?: boolean;
}
export interface StreamProcessorOptionsAutoscaling {
    /**
     * Tier ceiling for autoscaling (scale-up limit). When not set, it defaults to the workspace maximum tier.
     */
    maxTier: string;
    /**
     * Tier floor for autoscaling (scale-down limit). When not set, it defaults to the lower of the processor `tier` and the workspace default tier.
     */
    minTier: string;
}
export interface StreamProcessorOptionsDlq {
    /**
     * Name of the collection to use for the DLQ.
     */
    coll: string;
    /**
     * Name of the connection to write DLQ messages to. Must be an Atlas connection.
     */
    connectionName: string;
    /**
     * Name of the database to use for the DLQ.
     */
    db: string;
}
export interface StreamProcessorTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), and "h" (hours). Default: `3h`.
     */
    create?: string;
}
export interface StreamWorkspaceDataProcessRegion {
    /**
     * Label that identifies the cloud service provider where MongoDB Cloud performs stream processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    cloudProvider: string;
    /**
     * Name of the cloud provider region hosting Atlas Stream Processing. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    region: string;
}
export interface StreamWorkspaceFailoverRegion {
    /**
     * Cloud service provider for the failover region. Must match the primary region's cloud provider.
     */
    cloudProvider: string;
    /**
     * Name of the failover cloud provider region.
     */
    region: string;
}
export interface StreamWorkspaceStreamConfig {
    /**
     * Max tier size for the Stream Workspace. Configures Memory / VCPU allowances.
     */
    maxTierSize: string;
    /**
     * Selected tier for the Stream Workspace. Configures Memory / VCPU allowances. The [MongoDB Atlas API](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Streams/operation/creategroupstreamworkspace) describes the valid values.
     */
    tier: string;
}
export interface X509AuthenticationDatabaseUserCertificate {
    createdAt: string;
    groupId: string;
    id: number;
    notAfter: string;
    subject: string;
}
export declare namespace config {
    interface AssumeRole {
        /**
         * Amazon Resource Name (ARN) of an IAM Role to assume prior to making API calls.
         */
        roleArn?: string;
    }
}
//# sourceMappingURL=output.d.ts.map