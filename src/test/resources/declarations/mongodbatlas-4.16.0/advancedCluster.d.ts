import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * `mongodbatlas.AdvancedCluster` provides an Advanced Cluster resource. The resource lets you create, edit and delete advanced clusters.
 *
 * We recommend all MongoDB Atlas Terraform users start with the `Official MongoDB Atlas Cluster Module`. This module simplifies cluster deployment and implements MongoDB Atlas best practices by default.
 *
 * > **IMPORTANT:** If you are upgrading to our Terraform Provider v2.0.0 or later from v1.x.x, you must update your existing `mongodbatlas.AdvancedCluster` resource configuration according to this guide.
 *
 * > **NOTE:** This resource supports creating Flex clusters, upgrading M0 clusters to Flex, and upgrading Flex clusters to Dedicated. When creating a Flex cluster, you must set the `replication_specs[#].region_configs[#].priority` value to 7.
 *
 * > **NOTE:** When you modify cluster configurations, your pulumi preview output might include `(known after apply)` markers for attributes you didn't modify. This is expected behavior. For more information, see the "known after apply" verbosity section below.
 *
 * > **NOTE:** This resource creates a network container for each provider/region combination specified in the advanced cluster configuration. Each network container can be referenced via its computed `replication_specs[#]container_id` attribute.
 *
 * > **NOTE:** When configuring auto-scaling, you can use the `useEffectiveFields` attribute to simplify your Terraform workflow by eliminating the need for `lifecycle.ignore_changes` blocks and providing visibility into Atlas-managed changes. For more information, see the Auto-Scaling with Effective Fields section below.
 *
 * ## Example Usage
 *
 * ### Example single provider and single region
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             electableSpecs: {
 *                 instanceSize: "M10",
 *                 nodeCount: 3,
 *             },
 *             analyticsSpecs: {
 *                 instanceSize: "M10",
 *                 nodeCount: 1,
 *             },
 *             providerName: "AWS",
 *             priority: 7,
 *             regionName: "US_EAST_1",
 *         }],
 *     }],
 * });
 * ```
 *
 * ### Example using effective fields with auto-scaling
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const thisAdvancedCluster = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: projectId,
 *     name: "auto-scale-cluster",
 *     clusterType: "REPLICASET",
 *     useEffectiveFields: true,
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             electableSpecs: {
 *                 instanceSize: "M10",
 *                 nodeCount: 3,
 *             },
 *             autoScaling: {
 *                 computeEnabled: true,
 *                 computeScaleDownEnabled: true,
 *                 computeMinInstanceSize: "M10",
 *                 computeMaxInstanceSize: "M30",
 *             },
 *             providerName: "AWS",
 *             priority: 7,
 *             regionName: "US_EAST_1",
 *         }],
 *     }],
 * });
 * // Read the effective (actual) values after Atlas scales
 * const _this = mongodbatlas.getAdvancedClusterOutput({
 *     projectId: thisAdvancedCluster.projectId,
 *     name: thisAdvancedCluster.name,
 *     useEffectiveFields: true,
 * });
 * export const configuredInstanceSize = _this.apply(_this => _this.replicationSpecs?.[0]?.regionConfigs?.[0]?.electableSpecs?.instanceSize);
 * export const actualInstanceSize = _this.apply(_this => _this.replicationSpecs?.[0]?.regionConfigs?.[0]?.effectiveElectableSpecs?.instanceSize);
 * ```
 *
 * **For module authors:** See the Effective Fields Examples for complete examples of using `useEffectiveFields` and effective specs in reusable Terraform modules.
 *
 * ### Example Tenant Cluster
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             electableSpecs: {
 *                 instanceSize: "M0",
 *             },
 *             providerName: "TENANT",
 *             backingProviderName: "AWS",
 *             regionName: "US_EAST_1",
 *             priority: 7,
 *         }],
 *     }],
 * });
 * ```
 *
 * > **NOTE** Upgrading the tenant cluster to a Flex cluster or a dedicated cluster is supported. When upgrading to a Flex cluster, change the `providerName` from "TENANT" to "FLEX". See Example Tenant Cluster Upgrade to Flex below. When upgrading to a dedicated cluster, change the `providerName` to your preferred provider (AWS, GCP or Azure) and remove the variable `backingProviderName`. See the Example Tenant Cluster Upgrade below. You can upgrade a tenant cluster only to a single provider on an M10-tier cluster or greater.
 *
 * When upgrading from the tenant, *only* the upgrade changes will be applied. This helps avoid a corrupt state file in the event that the upgrade succeeds but subsequent updates fail within the same `pulumi up`. To apply additional cluster changes, run a secondary `pulumi up` after the upgrade succeeds.
 *
 * ### Example Tenant Cluster Upgrade
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             electableSpecs: {
 *                 instanceSize: "M10",
 *             },
 *             providerName: "AWS",
 *             regionName: "US_EAST_1",
 *             priority: 7,
 *         }],
 *     }],
 * });
 * ```
 *
 * ### Example Tenant Cluster Upgrade to Flex
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             providerName: "FLEX",
 *             backingProviderName: "AWS",
 *             regionName: "US_EAST_1",
 *             priority: 7,
 *         }],
 *     }],
 * });
 * ```
 *
 * ### Example Flex Cluster
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             providerName: "FLEX",
 *             backingProviderName: "AWS",
 *             regionName: "US_EAST_1",
 *             priority: 7,
 *         }],
 *     }],
 * });
 * ```
 *
 * **NOTE**: Upgrading the Flex cluster is supported. When upgrading from a Flex cluster, change the `providerName` from "TENANT" to your preferred provider (AWS, GCP or Azure) and remove the variable `backingProviderName`.  See the Example Flex Cluster Upgrade below. You can upgrade a Flex cluster only to a single provider on an M10-tier cluster or greater.
 *
 * When upgrading from a flex cluster, *only* the upgrade changes will be applied. This helps avoid a corrupt state file in the event that the upgrade succeeds but subsequent updates fail within the same `pulumi up`. To apply additional cluster changes, run a secondary `pulumi up` after the upgrade succeeds.
 *
 * ### Example Flex Cluster Upgrade
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [{
 *             electableSpecs: {
 *                 instanceSize: "M10",
 *             },
 *             providerName: "AWS",
 *             regionName: "US_EAST_1",
 *             priority: 7,
 *         }],
 *     }],
 * });
 * ```
 *
 * ### Example Multi-Cloud Cluster
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: "PROJECT ID",
 *     name: "NAME OF CLUSTER",
 *     clusterType: "REPLICASET",
 *     replicationSpecs: [{
 *         regionConfigs: [
 *             {
 *                 electableSpecs: {
 *                     instanceSize: "M10",
 *                     nodeCount: 3,
 *                 },
 *                 analyticsSpecs: {
 *                     instanceSize: "M10",
 *                     nodeCount: 1,
 *                 },
 *                 providerName: "AWS",
 *                 priority: 7,
 *                 regionName: "US_EAST_1",
 *             },
 *             {
 *                 electableSpecs: {
 *                     instanceSize: "M10",
 *                     nodeCount: 2,
 *                 },
 *                 providerName: "GCP",
 *                 priority: 6,
 *                 regionName: "NORTH_AMERICA_NORTHEAST_1",
 *             },
 *         ],
 *     }],
 * });
 * ```
 * ### Example of a Multi Cloud Sharded Cluster with 2 shards
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: project.id,
 *     name: clusterName,
 *     clusterType: "SHARDED",
 *     backupEnabled: true,
 *     replicationSpecs: [
 *         {
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "US_EAST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "US_EAST_2",
 *                 },
 *             ],
 *         },
 *         {
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "US_EAST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "US_EAST_2",
 *                 },
 *             ],
 *         },
 *     ],
 *     advancedConfiguration: {
 *         javascriptEnabled: true,
 *         oplogSizeMb: 991,
 *         sampleRefreshIntervalBiConnector: 300,
 *     },
 * });
 * ```
 *
 * ### Example of a Global Cluster with 2 zones
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.AdvancedCluster("this", {
 *     projectId: project.id,
 *     name: clusterName,
 *     clusterType: "GEOSHARDED",
 *     backupEnabled: true,
 *     replicationSpecs: [
 *         {
 *             zoneName: "zone n1",
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "US_EAST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "US_EAST_2",
 *                 },
 *             ],
 *         },
 *         {
 *             zoneName: "zone n1",
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "US_EAST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "US_EAST_2",
 *                 },
 *             ],
 *         },
 *         {
 *             zoneName: "zone n2",
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "EU_WEST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "EUROPE_NORTH",
 *                 },
 *             ],
 *         },
 *         {
 *             zoneName: "zone n2",
 *             regionConfigs: [
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 3,
 *                     },
 *                     providerName: "AWS",
 *                     priority: 7,
 *                     regionName: "EU_WEST_1",
 *                 },
 *                 {
 *                     electableSpecs: {
 *                         instanceSize: "M30",
 *                         nodeCount: 2,
 *                     },
 *                     providerName: "AZURE",
 *                     priority: 6,
 *                     regionName: "EUROPE_NORTH",
 *                 },
 *             ],
 *         },
 *     ],
 *     advancedConfiguration: {
 *         javascriptEnabled: true,
 *         oplogSizeMb: 999,
 *         sampleRefreshIntervalBiConnector: 300,
 *     },
 * });
 * ```
 *
 * ### Example - Return a Connection String
 * Standard
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 *
 * export const standard = cluster.connectionStrings.standard;
 * ```
 * Standard srv
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 *
 * export const standardSrv = cluster.connectionStrings.standardSrv;
 * ```
 * Private with Network peering and Custom DNS AWS enabled
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 *
 * export = async () => {
 *     return {
 *         "private": cluster.connectionStrings["private"],
 *     };
 * }
 * ```
 * Private srv with Network peering and Custom DNS AWS enabled
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 *
 * export const privateSrv = cluster.connectionStrings.privateSrv;
 * ```
 *
 * By endpointServiceId
 *
 * Refer to the following for full privatelink endpoint connection string examples:
 * * GCP Private Endpoint (Port-Mapped Architecture)
 * * Azure Private Endpoint
 * * AWS, Private Endpoint
 * * AWS, Regionalized Private Endpoints
 *
 * ### Further Examples
 *
 * **Target Examples (Recommended Starting Points):**
 * - Free Tier (M0)
 * - Simple M10 Replica Set
 * - M10 High-Availability Replica Set (2-2-1)
 * - Simple M30 Single-Shard Cluster
 * - M30 Multi-Shard Cluster (2 Shards)
 *
 * **Cluster Types:**
 * - Replicaset
 * - Symmetric Sharded Cluster
 * - Asymmetric Sharded Cluster
 * - Global Cluster
 * - Multi-Cloud
 *
 * **Auto-scaling:**
 * - Auto-Scaling Per Shard
 * - Effective Fields Examples
 *
 * **Upgrades & Migrations:**
 * - Tenant Upgrade
 * - Flex Upgrade
 * - Version Upgrade with Pinned FCV
 * - Migrate Cluster to Advanced Cluster
 *
 * ## Move
 *
 * `mongodbatlas__cluster` resources can be moved to `mongodbatlas.AdvancedCluster` in Terraform v1.8 and later, e.g.:
 *
 * More information about moving resources can be found in our Migration Guide and in the Terraform documentation here and here.
 *
 * ## Multi-shard clusters and topology changes
 *
 * This section applies to clusters with more than one `replicationSpecs` entry.
 *
 * **Known issues:**
 *
 * - **Effective fields:** For clusters with more than one `replicationSpecs` entry, setting `useEffectiveFields = true` currently has no effect. The resulting behavior is the same as leaving the attribute unset or setting it to `false`. We recommend that you do not enable this attribute for multi-shard clusters.
 * - **Topology changes:** The update path currently relies on list position to correlate each `replicationSpecs` entry with a shard. If you add, remove, or reorder entries, an existing configuration might be associated with a different Atlas shard than intended.
 *
 * When updating a multi-shard cluster, follow this guidance:
 *
 * - Keep existing `replicationSpecs` entries in the same order when updating a multi-shard cluster.
 * - Add new shards only after the existing entries, and keep the existing entries unchanged in the same update.
 * - If auto-scaling is enabled, do not rely on list-index `lifecycle.ignore_changes` to preserve Atlas-managed `instanceSize`, `diskSizeGb`, or `diskIops` values when changing the shard topology.
 * - Before removing a shard or making other significant production topology changes, we recommend that you contact [MongoDB Support](https://www.mongodb.com/docs/atlas/support/#request-support).
 *
 * ## Auto-Scaling with Effective Fields
 *
 * The `useEffectiveFields` attribute enhances auto-scaling workflows by eliminating the need for `lifecycle.ignore_changes` blocks and providing visibility into Atlas-managed changes. This feature only applies to dedicated clusters (M10+) and is not supported for flex and tenant clusters.
 *
 * ### Why use_effective_fields?
 *
 * When auto-scaling is enabled on a cluster, Atlas automatically adjusts instance sizes and disk capacity based on workload. Without `useEffectiveFields`, `lifecycle.ignore_changes` blocks are required to prevent Terraform from reverting these Atlas-managed changes. This approach has limitations:
 *
 * - **Configuration drift**: The actual cluster configuration diverges from your Terraform configuration
 * - **Maintenance overhead**: Careful management of `ignoreChanges` blocks is required, including commenting and uncommenting when making intentional changes
 * - **Limited visibility**: Actual scaled values cannot be easily inspected within Terraform state
 *
 * ### How useEffectiveFields works
 *
 * The `useEffectiveFields` attribute changes how the provider handles specification attributes:
 *
 * **When `useEffectiveFields = false` (default - current behavior):**
 * - Spec attributes (`electableSpecs`, `analyticsSpecs`, `readOnlySpecs`) behavior:
 *   - If values are specified in your Terraform configuration (e.g., `instanceSize = "M10"`), those values remain in your configuration
 *   - If values are not specified, Atlas provides default values automatically
 * - With auto-scaling enabled, Atlas scales your cluster but your configured values do not update to match
 * - This creates plan drift: Terraform shows differences between your configured values and what Atlas has actually deployed
 * - `lifecycle.ignore_changes` must be used to prevent Terraform from reverting Atlas auto-scaling changes back to your original configuration
 *
 * **When `useEffectiveFields = true` (new behavior):**
 * - **Clear separation of concerns**:
 *   - Spec attributes remain exactly as defined in your Terraform configuration
 *   - Atlas-computed values (defaults and auto-scaled values) are available separately in effective specs
 * - No plan drift occurs when Atlas auto-scales your cluster
 * - Use data sources to read `effectiveElectableSpecs`, `effectiveAnalyticsSpecs`, and `effectiveReadOnlySpecs` for actual values
 *
 * **Key difference:** With `useEffectiveFields = true`, your configuration stays clean and represents your intent, while effective specs show the reality of what Atlas has provisioned.
 *
 * See the Example using effective fields with auto-scaling in the Example Usage section.
 *
 * ### Manually Updating Specs with useEffectiveFields
 *
 * When `useEffectiveFields = true` and auto-scaling is enabled, you can update `instanceSize`, `diskSizeGb`, or `diskIops` in your configuration at any time without validation errors. However, Atlas echoes these values back in state while continuing to use auto-scaled values for actual cluster operations. To have your configured values take effect, temporarily disable auto-scaling:
 *
 * 1. Set `computeEnabled = false` and `diskGbEnabled = false` in the `autoScaling` block, update `instanceSize`, `diskSizeGb`, or `diskIops` to your desired values, and apply.
 * 2. Re-enable auto-scaling by setting `computeEnabled` and/or `diskGbEnabled` back to `true` and apply.
 *
 * > **NOTE:** If `advanced_configuration.oplog_min_retention_hours` is non-zero on the server, set it to `0` and apply before step 1 disables `diskGbEnabled`. Otherwise the API can return `OPLOG_MIN_RETENTION_HOURS_NO_DISK_AUTO_SCALING` (HTTP 400). See the `diskGbEnabled` argument description.
 *
 * This workflow allows you to set specific baseline values from which auto-scaling will resume dynamic adjustments based on workload.
 *
 * ### Adjusting the Auto-Scaling Range with useEffectiveFields
 *
 * Changing the compute auto-scaling range (`computeMinInstanceSize` or `computeMaxInstanceSize`) requires extra care when the new range would no longer contain the cluster's **current effective** instance size. This includes:
 *
 * - Raising `computeMinInstanceSize` above the effective size.
 * - Lowering `computeMaxInstanceSize` below the effective size.
 *
 * Atlas validates the new range against the current effective instance size, so attempting either in a single apply fails with a validation error from Atlas. Updating `instanceSize` in the same apply as changing the range does not avoid the error, because the updated `instanceSize` value is not applied while auto-scaling is enabled with `useEffectiveFields = true`.
 *
 * To adjust the range when the new range would exclude the current effective instance size, move the effective instance size into the new range before changing the bounds:
 *
 * 1. Disable auto-scaling and set `instanceSize` to a value inside your intended new range, then apply. Follow the Manually Updating Specs with useEffectiveFields workflow, which also covers disabling disk auto-scaling and the related `oplogMinRetentionHours` requirement.
 * 2. Re-enable auto-scaling with the new `computeMinInstanceSize` and `computeMaxInstanceSize` bounds, then apply.
 *
 * The same process applies to the `analyticsAutoScaling` block, using `analytics_specs.instance_size` in step 1.
 *
 * > **NOTE:** This multi-step process is only required while the current effective instance size would fall outside the new range. If the new range still contains the effective size, you can change the bounds in a single apply.
 *
 * ### Terraform Modules
 *
 * `useEffectiveFields` is particularly valuable for reusable Terraform modules. Without it, separate module implementations are required (one with lifecycle blocks for auto-scaling, one without). With `useEffectiveFields`, a single module handles both scenarios without lifecycle blocks. See the Effective Fields Examples for complete implementations.
 *
 * ### Migration path and version 3.x
 *
 * **Current behavior (provider v2.x):**
 * - `useEffectiveFields` defaults to `false` for full backward compatibility
 * - Set to `true` to opt into the effective fields behavior
 * - The attribute will be deprecated later in v2.x releases in preparation for v3.x
 *
 * **Future behavior (provider v3.x):**
 * - The effective fields behavior will be enabled by default
 * - The `useEffectiveFields` attribute will be removed, as the new behavior becomes standard
 * - This change will reduce plan verbosity by making specification fields Optional-only (removing Computed), eliminating unnecessary `(known after apply)` markers for user-configured values
 *
 * **Potential enhancements (v3.x or later):**
 * - If customer demand warrants, effective spec fields (`effectiveElectableSpecs`, `effectiveAnalyticsSpecs`, `effectiveReadOnlySpecs`) may be exposed directly in the resource (currently available only via data source)
 * - This would improve observability by providing direct access to actual operational values from the resource without requiring a separate data source
 * - Note: Effective fields would still show `(known after apply)` markers, but user-configured spec fields would not, resulting in clearer plan output overall
 *
 * **Migration recommendation:** Adopt `useEffectiveFields = true` in v2.x to prepare for the v3.x transition and benefit from improved auto-scaling workflows immediately. The recommendation is to toggle the flag and remove any existing `lifecycle.ignore_changes` blocks in the same apply, without combining other changes.
 *
 * ## Considerations and Best Practices
 *
 * ## Import
 *
 * Clusters can be imported using project ID and cluster name, in the format `PROJECTID-CLUSTERNAME`, e.g.
 *
 * ```sh
 * $ pulumi import mongodbatlas:index/advancedCluster:AdvancedCluster my_cluster 1112222b3bf99403840e8934-Cluster0
 * ```
 *
 * See detailed information for arguments and attributes: [MongoDB API Advanced Clusters](https://www.mongodb.com/docs/atlas/reference/api/cluster-advanced/create-one-cluster-advanced/)
 *
 * > **IMPORTANT:**
 * <br> &#8226; When a cluster is imported, the resulting schema structure will always return the new schema including `replicationSpecs` per independent shards of the cluster.
 */
export declare class AdvancedCluster extends pulumi.CustomResource {
    /**
     * Get an existing AdvancedCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AdvancedClusterState, opts?: pulumi.CustomResourceOptions): AdvancedCluster;
    /**
     * Returns true if the given object is an instance of AdvancedCluster.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AdvancedCluster;
    /**
     * If reconfiguration is necessary to regain a primary due to a regional outage, submit this field alongside your topology reconfiguration to request a new regional outage resistant topology. Forced reconfigurations during an outage of the majority of electable nodes carry a risk of data loss if replicated writes (even majority committed writes) have not been replicated to the new primary node. MongoDB Atlas docs contain more information. To proceed with an operation which carries that risk, set `acceptDataRisksAndForceReplicaSetReconfig` to the current date. Learn more about Reconfiguring a Replica Set during a regional outage [here](https://www.mongodb.com/docs/atlas/reconfigure-replica-set-during-regional-outage/).
     */
    readonly acceptDataRisksAndForceReplicaSetReconfig: pulumi.Output<string | undefined>;
    /**
     * Governs adaptive capacity behavior of Azure nodes in single-cloud Azure clusters or multi-cloud clusters that include Azure nodes. Adaptive capacity enables fallback hardware selection when the primary instance family is unavailable. `ENABLED` means the cluster explicitly opts in to adaptive capacity. `DISABLED` means the cluster explicitly opts out; the cluster receives capacity errors instead of being placed on fallback hardware. `null` means the field is unset; Azure clusters use adaptive capacity by default when the feature is enabled at the group level. Setting this field for single-cloud AWS or GCP clusters is a no-op.
     */
    readonly adaptiveCapacity: pulumi.Output<string | undefined>;
    /**
     * Additional settings for an Atlas cluster.
     */
    readonly advancedConfiguration: pulumi.Output<outputs.AdvancedClusterAdvancedConfiguration>;
    /**
     * Flag that indicates whether the cluster can perform backups.
     * If `true`, the cluster can perform backups. You must set this value to `true` for NVMe clusters.
     *
     * Backup uses:
     * [Cloud Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/overview/#std-label-backup-cloud-provider) for dedicated clusters.
     * [Flex Cluster Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/) for flex clusters.
     * If "`backupEnabled`"  is `false` (default), the cluster doesn't use Atlas backups.
     *
     * > **NOTE:** If you have a Backup Compliance Policy enabled for the project, you can't disable Cloud Backup without assistance from [MongoDB Support](https://www.mongodb.com/docs/atlas/support/#request-support).
     */
    readonly backupEnabled: pulumi.Output<boolean>;
    /**
     * Configuration settings applied to BI Connector for Atlas on this cluster. The MongoDB Connector for Business Intelligence for Atlas (BI Connector) is only available for M10 and larger clusters. The BI Connector is a powerful tool which provides users SQL-based access to their MongoDB databases. As a result, the BI Connector performs operations which may be CPU and memory intensive. Given the limited hardware resources on M10 and M20 cluster tiers, you may experience performance degradation of the cluster when enabling the BI Connector. If this occurs, upgrade to an M30 or larger cluster or disable the BI Connector. See below.
     */
    readonly biConnectorConfig: pulumi.Output<outputs.AdvancedClusterBiConnectorConfig>;
    /**
     * The cluster ID.
     */
    readonly clusterId: pulumi.Output<string>;
    /**
     * Type of the cluster that you want to create.
     * Accepted values include:
     * - `REPLICASET` Replica set
     * - `SHARDED`	Sharded cluster
     * - `GEOSHARDED` Global Cluster
     */
    readonly clusterType: pulumi.Output<string>;
    /**
     * Config Server Management Mode for creating or updating a sharded cluster. Valid values are `ATLAS_MANAGED` (default) and `FIXED_TO_DEDICATED`. When configured as `ATLAS_MANAGED`, Atlas may automatically switch the cluster's config server type for optimal performance and savings. When configured as `FIXED_TO_DEDICATED`, the cluster will always use a dedicated config server. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    readonly configServerManagementMode: pulumi.Output<string>;
    /**
     * Describes a sharded cluster's config server type. Valid values are `DEDICATED` and `EMBEDDED`. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    readonly configServerType: pulumi.Output<string>;
    /**
     * Set of connection strings that your applications use to connect to this cluster. More information in [Connection-strings](https://www.mongodb.com/docs/manual/reference/connection-string/). Use the parameters in this object to connect your applications to this cluster. To learn more about the formats of connection strings, see [Connection String Options](https://www.mongodb.com/docs/atlas/reference/faq/connection-changes/). NOTE: Atlas returns the contents of this object after the cluster is operational, not while it builds the cluster.
     */
    readonly connectionStrings: pulumi.Output<outputs.AdvancedClusterConnectionStrings>;
    /**
     * Date and time when MongoDB Cloud created this cluster. This parameter expresses its value in ISO 8601 format in UTC.
     */
    readonly createDate: pulumi.Output<string>;
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    readonly deleteOnCreateTimeout: pulumi.Output<boolean>;
    /**
     * Possible values are AWS, GCP, AZURE or NONE.  Only needed if you desire to manage the keys, see [Encryption at Rest using Customer Key Management](https://www.mongodb.com/docs/atlas/security-kms-encryption/) for complete documentation.  You must configure encryption at rest for the Atlas project before enabling it on any cluster in the project. For Documentation, see [AWS](https://www.mongodb.com/docs/atlas/security-aws-kms/), [GCP](https://www.mongodb.com/docs/atlas/security-kms-encryption/) and [Azure](https://www.mongodb.com/docs/atlas/security-azure-kms/#std-label-security-azure-kms). Requirements are if `replication_specs[#].region_configs[#].<type>Specs.instance_size` is M10 or greater and `backupEnabled` is false or omitted.
     */
    readonly encryptionAtRestProvider: pulumi.Output<string>;
    /**
     * Flag that indicates if cluster uses Atlas-Managed Sharding (false, default) or Self-Managed Sharding (true). It can only be enabled for Global Clusters (`GEOSHARDED`). It cannot be changed once the cluster is created. Use this mode if you're an advanced user and the default configuration is too restrictive for your workload. If you select this option, you must manually configure the sharding strategy, more information [here](https://www.mongodb.com/docs/atlas/tutorial/create-global-cluster/#select-your-sharding-configuration).
     */
    readonly globalClusterSelfManagedSharding: pulumi.Output<boolean>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below. **DEPRECATED** Use `tags` instead.
     */
    readonly labels: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Version of the cluster to deploy. Atlas supports all the MongoDB versions that have **not** reached [End of Live](https://www.mongodb.com/legal/support-policy/lifecycles) for M10+ clusters. If omitted, Atlas deploys the cluster with the default version. For more details, see [documentation](https://www.mongodb.com/docs/atlas/reference/faq/database/#which-versions-of-mongodb-do-service-clusters-use-). Atlas always deploys the cluster with the latest stable release of the specified version.  If you set a value to this parameter and set `versionReleaseSystem` `CONTINUOUS`, the resource returns an error. Either clear this parameter or set `versionReleaseSystem`: `LTS`.
     *
     * > **NOTE:** If the major version is modified outside of Terraform, the provider will emit a warning at plan time, along with an empty plan. Update this attribute in your configuration to match the current version to clear the warning. In an upcoming major version of the provider, this drift will result in a non-empty plan.
     */
    readonly mongoDbMajorVersion: pulumi.Output<string>;
    /**
     * Version of MongoDB the cluster runs, in `major-version`.`minor-version` format.
     */
    readonly mongoDbVersion: pulumi.Output<string>;
    /**
     * Name of the cluster as it appears in Atlas. Once the cluster is created, its name cannot be changed. **WARNING** Changing the name will result in destruction of the existing cluster and the creation of a new cluster.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Flag that indicates whether the cluster is paused or not. You can pause M10 or larger clusters.  You cannot initiate pausing for a shared/tenant tier cluster. If you try to update a `paused` cluster you will get a `CANNOT_UPDATE_PAUSED_CLUSTER` error. See [Considerations for Paused Clusters](https://www.mongodb.com/docs/atlas/pause-terminate-cluster/#considerations-for-paused-clusters).
     * **NOTE** Pause lasts for up to 30 days. If you don't resume the cluster within 30 days, Atlas resumes the cluster.  When the cluster resumption happens Terraform will flag the changed state.  If you wish to keep the cluster paused, reapply your Terraform configuration.   If you prefer to allow the automated change of state to unpaused use:
     * `lifecycle {
     * ignoreChanges = [paused]
     * }`
     */
    readonly paused: pulumi.Output<boolean>;
    /**
     * Pins the Feature Compatibility Version (FCV) to the current MongoDB version with a provided expiration date. To unpin the FCV the `pinnedFcv` attribute must be removed. This operation can take several minutes as the request processes through the MongoDB data plane. Once FCV is unpinned it will not be possible to downgrade the `mongoDbMajorVersion`. It is advised that updates to `pinnedFcv` are done isolated from other cluster changes. If a plan contains multiple changes, the FCV change will be applied first. If FCV is unpinned past the expiration date the `pinnedFcv` attribute must be removed. The following [knowledge hub article](https://kb.corp.mongodb.com/article/000021785/) and [FCV documentation](https://www.mongodb.com/docs/atlas/tutorial/major-version-change/#manage-feature-compatibility--fcv--during-upgrades) can be referenced for more details. See below.
     */
    readonly pinnedFcv: pulumi.Output<outputs.AdvancedClusterPinnedFcv | undefined>;
    /**
     * Flag that indicates if the cluster uses Continuous Cloud Backup.
     */
    readonly pitEnabled: pulumi.Output<boolean>;
    /**
     * Unique ID for the project to create the cluster, also known as `groupId` in the official documentation.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Flag that enables or disables log redaction, see the [manual](https://www.mongodb.com/docs/manual/administration/monitoring/#log-redaction) for more information. Use this in conjunction with Encryption at Rest and TLS/SSL (Transport Encryption) to assist compliance with regulatory requirements. **Note**: Changing this setting on a cluster will trigger a rolling restart as soon as the cluster is updated.
     */
    readonly redactClientLogData: pulumi.Output<boolean>;
    /**
     * Replica set scaling mode for your cluster. Valid values are `WORKLOAD_TYPE`, `SEQUENTIAL` and `NODE_TYPE`. By default, Atlas scales under `WORKLOAD_TYPE`. This mode allows Atlas to scale your analytics nodes in parallel to your operational nodes. When configured as `SEQUENTIAL`, Atlas scales all nodes sequentially. This mode is intended for steady-state workloads and applications performing latency-sensitive secondary reads. When configured as `NODE_TYPE`, Atlas scales your electable nodes in parallel with your read-only and analytics nodes. This mode is intended for large, dynamic workloads requiring frequent and timely cluster tier scaling. This is the fastest scaling strategy, but it might impact latency of workloads when performing extensive secondary reads. [Modify the Replica Set Scaling Mode](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#configure-replica-set-scaling-mode)
     */
    readonly replicaSetScalingStrategy: pulumi.Output<string>;
    /**
     * List of settings that configure your cluster regions. This attribute has one object per shard representing node configurations in each shard. For replica sets there is only one object representing node configurations. The `replicationSpecs` configuration for all shards within the same zone must be the same, with the exception of `instanceSize` and `diskIops` that can scale independently.
     *
     * The following clusters support independent `diskIops` values:
     * * AWS Gen2 clusters that use the `STANDARD` (gp3) volume type.
     * * AWS Gen2 clusters that use the `HIGH_PERFORMANCE` (io2) volume type.
     * * AWS clusters that use the `PROVISIONED` (io2) volume type.
     * * GCP Gen2 clusters, which use Hyperdisk Balanced storage.
     * * Azure clusters in regions that support Extended IOPS.
     *
     * If your cluster has more than one `replicationSpecs` entry, review Multi-shard clusters and topology changes before adding, removing, or reordering entries. See below.
     */
    readonly replicationSpecs: pulumi.Output<outputs.AdvancedClusterReplicationSpec[]>;
    /**
     * Set to true to retain backup snapshots for the deleted cluster. This parameter applies to the Delete operation and only affects M10 and above clusters. To delete an Atlas cluster that has an associated `mongodbatlas.CloudBackupSchedule` resource and an enabled Backup Compliance Policy, see Delete a Cluster with a Backup Compliance Policy.
     *
     * > **NOTE** Prior version of provider had parameter as `biConnector` state will migrate it to new value you only need to update parameter in your terraform file
     */
    readonly retainBackupsEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Certificate Authority that MongoDB Atlas clusters use. You can specify ISRGROOTX1 (for ISRG Root X1).
     */
    readonly rootCertType: pulumi.Output<string>;
    /**
     * Current state of the cluster. The possible states are:
     * - IDLE
     * - CREATING
     * - UPDATING
     * - DELETING
     * - DELETED
     * - REPAIRING
     * * `replication_specs[#].container_id` - A key-value map of the Network Peering Container ID(s) for the configuration specified in `regionConfigs`. The Container ID is the id of the container created when the first cluster in the region (AWS/Azure) or project (GCP) was created.  The syntax is `"providerName:regionName" = "containerId"`. Example `AWS:US_EAST_1" = "61e0797dde08fb498ca11a71`.
     */
    readonly stateName: pulumi.Output<string>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    readonly terminationProtectionEnabled: pulumi.Output<boolean>;
    /**
     * )
     */
    readonly timeouts: pulumi.Output<outputs.AdvancedClusterTimeouts | undefined>;
    /**
     * Flag that indicates whether time-based snapshot copies will be used instead of slower standard snapshot copies during fast Atlas cross-region initial syncs. This flag is only relevant for clusters containing AWS nodes.
     */
    readonly useAwsTimeBasedSnapshotCopyForFastInitialSync: pulumi.Output<boolean>;
    /**
     * Controls how hardware specification fields are returned in the response. When set to true, the non-effective specs (`electableSpecs`, `readOnlySpecs`, `analyticsSpecs`) fields return the hardware specifications that the client provided. When set to false (default), the non-effective specs fields show the **current** hardware specifications. Cluster auto-scaling is the primary cause for differences between initial and current hardware specifications. This opt-in feature enhances auto-scaling workflows by eliminating the need for `lifecycle.ignore_changes` blocks and preventing plan drift from Atlas-managed changes. This attribute applies to dedicated clusters, not to tenant or flex clusters. This attribute will be deprecated in provider version 2.x and removed in 3.x when the new behavior becomes default. See Auto-Scaling with Effective Fields for more details.
     * If your cluster has more than one `replicationSpecs` entry, see Multi-shard clusters and topology changes before enabling this attribute.
     * **Important:** Toggle this flag and remove any existing `lifecycle.ignore_changes` blocks for spec fields in the same apply, without combining other changes. Toggling will result in increased plan verbosity with `(known after apply)` markers, which can be safely ignored. If you previously removed `readOnlySpecs` or `analyticsSpecs` attributes from your configuration, you'll get a validation error for safety reasons to prevent accidental node loss. To resolve: add the blocks back (to keep nodes) or with `nodeCount = 0` (to delete nodes), apply without toggling the flag, then toggle in a separate apply.
     */
    readonly useEffectiveFields: pulumi.Output<boolean | undefined>;
    /**
     * Release cadence that Atlas uses for this cluster. This parameter defaults to `LTS`. If you set this field to `CONTINUOUS`, you must omit the `mongoDbMajorVersion` field. Atlas accepts:
     * - `CONTINUOUS`:  Atlas creates your cluster using the most recent MongoDB release. Atlas automatically updates your cluster to the latest major and rapid MongoDB releases as they become available.
     * - `LTS`: Atlas creates your cluster using the latest patch release of the MongoDB version that you specify in the mongoDBMajorVersion field. Atlas automatically updates your cluster to subsequent patch releases of this MongoDB version. Atlas doesn't update your cluster to newer rapid or major MongoDB releases as they become available.
     */
    readonly versionReleaseSystem: pulumi.Output<string>;
    /**
     * Create a AdvancedCluster resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: AdvancedClusterArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AdvancedCluster resources.
 */
export interface AdvancedClusterState {
    /**
     * If reconfiguration is necessary to regain a primary due to a regional outage, submit this field alongside your topology reconfiguration to request a new regional outage resistant topology. Forced reconfigurations during an outage of the majority of electable nodes carry a risk of data loss if replicated writes (even majority committed writes) have not been replicated to the new primary node. MongoDB Atlas docs contain more information. To proceed with an operation which carries that risk, set `acceptDataRisksAndForceReplicaSetReconfig` to the current date. Learn more about Reconfiguring a Replica Set during a regional outage [here](https://www.mongodb.com/docs/atlas/reconfigure-replica-set-during-regional-outage/).
     */
    acceptDataRisksAndForceReplicaSetReconfig?: pulumi.Input<string | undefined>;
    /**
     * Governs adaptive capacity behavior of Azure nodes in single-cloud Azure clusters or multi-cloud clusters that include Azure nodes. Adaptive capacity enables fallback hardware selection when the primary instance family is unavailable. `ENABLED` means the cluster explicitly opts in to adaptive capacity. `DISABLED` means the cluster explicitly opts out; the cluster receives capacity errors instead of being placed on fallback hardware. `null` means the field is unset; Azure clusters use adaptive capacity by default when the feature is enabled at the group level. Setting this field for single-cloud AWS or GCP clusters is a no-op.
     */
    adaptiveCapacity?: pulumi.Input<string | undefined>;
    /**
     * Additional settings for an Atlas cluster.
     */
    advancedConfiguration?: pulumi.Input<inputs.AdvancedClusterAdvancedConfiguration | undefined>;
    /**
     * Flag that indicates whether the cluster can perform backups.
     * If `true`, the cluster can perform backups. You must set this value to `true` for NVMe clusters.
     *
     * Backup uses:
     * [Cloud Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/overview/#std-label-backup-cloud-provider) for dedicated clusters.
     * [Flex Cluster Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/) for flex clusters.
     * If "`backupEnabled`"  is `false` (default), the cluster doesn't use Atlas backups.
     *
     * > **NOTE:** If you have a Backup Compliance Policy enabled for the project, you can't disable Cloud Backup without assistance from [MongoDB Support](https://www.mongodb.com/docs/atlas/support/#request-support).
     */
    backupEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Configuration settings applied to BI Connector for Atlas on this cluster. The MongoDB Connector for Business Intelligence for Atlas (BI Connector) is only available for M10 and larger clusters. The BI Connector is a powerful tool which provides users SQL-based access to their MongoDB databases. As a result, the BI Connector performs operations which may be CPU and memory intensive. Given the limited hardware resources on M10 and M20 cluster tiers, you may experience performance degradation of the cluster when enabling the BI Connector. If this occurs, upgrade to an M30 or larger cluster or disable the BI Connector. See below.
     */
    biConnectorConfig?: pulumi.Input<inputs.AdvancedClusterBiConnectorConfig | undefined>;
    /**
     * The cluster ID.
     */
    clusterId?: pulumi.Input<string | undefined>;
    /**
     * Type of the cluster that you want to create.
     * Accepted values include:
     * - `REPLICASET` Replica set
     * - `SHARDED`	Sharded cluster
     * - `GEOSHARDED` Global Cluster
     */
    clusterType?: pulumi.Input<string | undefined>;
    /**
     * Config Server Management Mode for creating or updating a sharded cluster. Valid values are `ATLAS_MANAGED` (default) and `FIXED_TO_DEDICATED`. When configured as `ATLAS_MANAGED`, Atlas may automatically switch the cluster's config server type for optimal performance and savings. When configured as `FIXED_TO_DEDICATED`, the cluster will always use a dedicated config server. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    configServerManagementMode?: pulumi.Input<string | undefined>;
    /**
     * Describes a sharded cluster's config server type. Valid values are `DEDICATED` and `EMBEDDED`. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    configServerType?: pulumi.Input<string | undefined>;
    /**
     * Set of connection strings that your applications use to connect to this cluster. More information in [Connection-strings](https://www.mongodb.com/docs/manual/reference/connection-string/). Use the parameters in this object to connect your applications to this cluster. To learn more about the formats of connection strings, see [Connection String Options](https://www.mongodb.com/docs/atlas/reference/faq/connection-changes/). NOTE: Atlas returns the contents of this object after the cluster is operational, not while it builds the cluster.
     */
    connectionStrings?: pulumi.Input<inputs.AdvancedClusterConnectionStrings | undefined>;
    /**
     * Date and time when MongoDB Cloud created this cluster. This parameter expresses its value in ISO 8601 format in UTC.
     */
    createDate?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    deleteOnCreateTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * Possible values are AWS, GCP, AZURE or NONE.  Only needed if you desire to manage the keys, see [Encryption at Rest using Customer Key Management](https://www.mongodb.com/docs/atlas/security-kms-encryption/) for complete documentation.  You must configure encryption at rest for the Atlas project before enabling it on any cluster in the project. For Documentation, see [AWS](https://www.mongodb.com/docs/atlas/security-aws-kms/), [GCP](https://www.mongodb.com/docs/atlas/security-kms-encryption/) and [Azure](https://www.mongodb.com/docs/atlas/security-azure-kms/#std-label-security-azure-kms). Requirements are if `replication_specs[#].region_configs[#].<type>Specs.instance_size` is M10 or greater and `backupEnabled` is false or omitted.
     */
    encryptionAtRestProvider?: pulumi.Input<string | undefined>;
    /**
     * Flag that indicates if cluster uses Atlas-Managed Sharding (false, default) or Self-Managed Sharding (true). It can only be enabled for Global Clusters (`GEOSHARDED`). It cannot be changed once the cluster is created. Use this mode if you're an advanced user and the default configuration is too restrictive for your workload. If you select this option, you must manually configure the sharding strategy, more information [here](https://www.mongodb.com/docs/atlas/tutorial/create-global-cluster/#select-your-sharding-configuration).
     */
    globalClusterSelfManagedSharding?: pulumi.Input<boolean | undefined>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below. **DEPRECATED** Use `tags` instead.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Version of the cluster to deploy. Atlas supports all the MongoDB versions that have **not** reached [End of Live](https://www.mongodb.com/legal/support-policy/lifecycles) for M10+ clusters. If omitted, Atlas deploys the cluster with the default version. For more details, see [documentation](https://www.mongodb.com/docs/atlas/reference/faq/database/#which-versions-of-mongodb-do-service-clusters-use-). Atlas always deploys the cluster with the latest stable release of the specified version.  If you set a value to this parameter and set `versionReleaseSystem` `CONTINUOUS`, the resource returns an error. Either clear this parameter or set `versionReleaseSystem`: `LTS`.
     *
     * > **NOTE:** If the major version is modified outside of Terraform, the provider will emit a warning at plan time, along with an empty plan. Update this attribute in your configuration to match the current version to clear the warning. In an upcoming major version of the provider, this drift will result in a non-empty plan.
     */
    mongoDbMajorVersion?: pulumi.Input<string | undefined>;
    /**
     * Version of MongoDB the cluster runs, in `major-version`.`minor-version` format.
     */
    mongoDbVersion?: pulumi.Input<string | undefined>;
    /**
     * Name of the cluster as it appears in Atlas. Once the cluster is created, its name cannot be changed. **WARNING** Changing the name will result in destruction of the existing cluster and the creation of a new cluster.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Flag that indicates whether the cluster is paused or not. You can pause M10 or larger clusters.  You cannot initiate pausing for a shared/tenant tier cluster. If you try to update a `paused` cluster you will get a `CANNOT_UPDATE_PAUSED_CLUSTER` error. See [Considerations for Paused Clusters](https://www.mongodb.com/docs/atlas/pause-terminate-cluster/#considerations-for-paused-clusters).
     * **NOTE** Pause lasts for up to 30 days. If you don't resume the cluster within 30 days, Atlas resumes the cluster.  When the cluster resumption happens Terraform will flag the changed state.  If you wish to keep the cluster paused, reapply your Terraform configuration.   If you prefer to allow the automated change of state to unpaused use:
     * `lifecycle {
     * ignoreChanges = [paused]
     * }`
     */
    paused?: pulumi.Input<boolean | undefined>;
    /**
     * Pins the Feature Compatibility Version (FCV) to the current MongoDB version with a provided expiration date. To unpin the FCV the `pinnedFcv` attribute must be removed. This operation can take several minutes as the request processes through the MongoDB data plane. Once FCV is unpinned it will not be possible to downgrade the `mongoDbMajorVersion`. It is advised that updates to `pinnedFcv` are done isolated from other cluster changes. If a plan contains multiple changes, the FCV change will be applied first. If FCV is unpinned past the expiration date the `pinnedFcv` attribute must be removed. The following [knowledge hub article](https://kb.corp.mongodb.com/article/000021785/) and [FCV documentation](https://www.mongodb.com/docs/atlas/tutorial/major-version-change/#manage-feature-compatibility--fcv--during-upgrades) can be referenced for more details. See below.
     */
    pinnedFcv?: pulumi.Input<inputs.AdvancedClusterPinnedFcv | undefined>;
    /**
     * Flag that indicates if the cluster uses Continuous Cloud Backup.
     */
    pitEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Unique ID for the project to create the cluster, also known as `groupId` in the official documentation.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Flag that enables or disables log redaction, see the [manual](https://www.mongodb.com/docs/manual/administration/monitoring/#log-redaction) for more information. Use this in conjunction with Encryption at Rest and TLS/SSL (Transport Encryption) to assist compliance with regulatory requirements. **Note**: Changing this setting on a cluster will trigger a rolling restart as soon as the cluster is updated.
     */
    redactClientLogData?: pulumi.Input<boolean | undefined>;
    /**
     * Replica set scaling mode for your cluster. Valid values are `WORKLOAD_TYPE`, `SEQUENTIAL` and `NODE_TYPE`. By default, Atlas scales under `WORKLOAD_TYPE`. This mode allows Atlas to scale your analytics nodes in parallel to your operational nodes. When configured as `SEQUENTIAL`, Atlas scales all nodes sequentially. This mode is intended for steady-state workloads and applications performing latency-sensitive secondary reads. When configured as `NODE_TYPE`, Atlas scales your electable nodes in parallel with your read-only and analytics nodes. This mode is intended for large, dynamic workloads requiring frequent and timely cluster tier scaling. This is the fastest scaling strategy, but it might impact latency of workloads when performing extensive secondary reads. [Modify the Replica Set Scaling Mode](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#configure-replica-set-scaling-mode)
     */
    replicaSetScalingStrategy?: pulumi.Input<string | undefined>;
    /**
     * List of settings that configure your cluster regions. This attribute has one object per shard representing node configurations in each shard. For replica sets there is only one object representing node configurations. The `replicationSpecs` configuration for all shards within the same zone must be the same, with the exception of `instanceSize` and `diskIops` that can scale independently.
     *
     * The following clusters support independent `diskIops` values:
     * * AWS Gen2 clusters that use the `STANDARD` (gp3) volume type.
     * * AWS Gen2 clusters that use the `HIGH_PERFORMANCE` (io2) volume type.
     * * AWS clusters that use the `PROVISIONED` (io2) volume type.
     * * GCP Gen2 clusters, which use Hyperdisk Balanced storage.
     * * Azure clusters in regions that support Extended IOPS.
     *
     * If your cluster has more than one `replicationSpecs` entry, review Multi-shard clusters and topology changes before adding, removing, or reordering entries. See below.
     */
    replicationSpecs?: pulumi.Input<pulumi.Input<inputs.AdvancedClusterReplicationSpec>[] | undefined>;
    /**
     * Set to true to retain backup snapshots for the deleted cluster. This parameter applies to the Delete operation and only affects M10 and above clusters. To delete an Atlas cluster that has an associated `mongodbatlas.CloudBackupSchedule` resource and an enabled Backup Compliance Policy, see Delete a Cluster with a Backup Compliance Policy.
     *
     * > **NOTE** Prior version of provider had parameter as `biConnector` state will migrate it to new value you only need to update parameter in your terraform file
     */
    retainBackupsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Certificate Authority that MongoDB Atlas clusters use. You can specify ISRGROOTX1 (for ISRG Root X1).
     */
    rootCertType?: pulumi.Input<string | undefined>;
    /**
     * Current state of the cluster. The possible states are:
     * - IDLE
     * - CREATING
     * - UPDATING
     * - DELETING
     * - DELETED
     * - REPAIRING
     * * `replication_specs[#].container_id` - A key-value map of the Network Peering Container ID(s) for the configuration specified in `regionConfigs`. The Container ID is the id of the container created when the first cluster in the region (AWS/Azure) or project (GCP) was created.  The syntax is `"providerName:regionName" = "containerId"`. Example `AWS:US_EAST_1" = "61e0797dde08fb498ca11a71`.
     */
    stateName?: pulumi.Input<string | undefined>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * )
     */
    timeouts?: pulumi.Input<inputs.AdvancedClusterTimeouts | undefined>;
    /**
     * Flag that indicates whether time-based snapshot copies will be used instead of slower standard snapshot copies during fast Atlas cross-region initial syncs. This flag is only relevant for clusters containing AWS nodes.
     */
    useAwsTimeBasedSnapshotCopyForFastInitialSync?: pulumi.Input<boolean | undefined>;
    /**
     * Controls how hardware specification fields are returned in the response. When set to true, the non-effective specs (`electableSpecs`, `readOnlySpecs`, `analyticsSpecs`) fields return the hardware specifications that the client provided. When set to false (default), the non-effective specs fields show the **current** hardware specifications. Cluster auto-scaling is the primary cause for differences between initial and current hardware specifications. This opt-in feature enhances auto-scaling workflows by eliminating the need for `lifecycle.ignore_changes` blocks and preventing plan drift from Atlas-managed changes. This attribute applies to dedicated clusters, not to tenant or flex clusters. This attribute will be deprecated in provider version 2.x and removed in 3.x when the new behavior becomes default. See Auto-Scaling with Effective Fields for more details.
     * If your cluster has more than one `replicationSpecs` entry, see Multi-shard clusters and topology changes before enabling this attribute.
     * **Important:** Toggle this flag and remove any existing `lifecycle.ignore_changes` blocks for spec fields in the same apply, without combining other changes. Toggling will result in increased plan verbosity with `(known after apply)` markers, which can be safely ignored. If you previously removed `readOnlySpecs` or `analyticsSpecs` attributes from your configuration, you'll get a validation error for safety reasons to prevent accidental node loss. To resolve: add the blocks back (to keep nodes) or with `nodeCount = 0` (to delete nodes), apply without toggling the flag, then toggle in a separate apply.
     */
    useEffectiveFields?: pulumi.Input<boolean | undefined>;
    /**
     * Release cadence that Atlas uses for this cluster. This parameter defaults to `LTS`. If you set this field to `CONTINUOUS`, you must omit the `mongoDbMajorVersion` field. Atlas accepts:
     * - `CONTINUOUS`:  Atlas creates your cluster using the most recent MongoDB release. Atlas automatically updates your cluster to the latest major and rapid MongoDB releases as they become available.
     * - `LTS`: Atlas creates your cluster using the latest patch release of the MongoDB version that you specify in the mongoDBMajorVersion field. Atlas automatically updates your cluster to subsequent patch releases of this MongoDB version. Atlas doesn't update your cluster to newer rapid or major MongoDB releases as they become available.
     */
    versionReleaseSystem?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a AdvancedCluster resource.
 */
export interface AdvancedClusterArgs {
    /**
     * If reconfiguration is necessary to regain a primary due to a regional outage, submit this field alongside your topology reconfiguration to request a new regional outage resistant topology. Forced reconfigurations during an outage of the majority of electable nodes carry a risk of data loss if replicated writes (even majority committed writes) have not been replicated to the new primary node. MongoDB Atlas docs contain more information. To proceed with an operation which carries that risk, set `acceptDataRisksAndForceReplicaSetReconfig` to the current date. Learn more about Reconfiguring a Replica Set during a regional outage [here](https://www.mongodb.com/docs/atlas/reconfigure-replica-set-during-regional-outage/).
     */
    acceptDataRisksAndForceReplicaSetReconfig?: pulumi.Input<string | undefined>;
    /**
     * Governs adaptive capacity behavior of Azure nodes in single-cloud Azure clusters or multi-cloud clusters that include Azure nodes. Adaptive capacity enables fallback hardware selection when the primary instance family is unavailable. `ENABLED` means the cluster explicitly opts in to adaptive capacity. `DISABLED` means the cluster explicitly opts out; the cluster receives capacity errors instead of being placed on fallback hardware. `null` means the field is unset; Azure clusters use adaptive capacity by default when the feature is enabled at the group level. Setting this field for single-cloud AWS or GCP clusters is a no-op.
     */
    adaptiveCapacity?: pulumi.Input<string | undefined>;
    /**
     * Additional settings for an Atlas cluster.
     */
    advancedConfiguration?: pulumi.Input<inputs.AdvancedClusterAdvancedConfiguration | undefined>;
    /**
     * Flag that indicates whether the cluster can perform backups.
     * If `true`, the cluster can perform backups. You must set this value to `true` for NVMe clusters.
     *
     * Backup uses:
     * [Cloud Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/overview/#std-label-backup-cloud-provider) for dedicated clusters.
     * [Flex Cluster Backup](https://www.mongodb.com/docs/atlas/backup/cloud-backup/flex-cluster-backup/) for flex clusters.
     * If "`backupEnabled`"  is `false` (default), the cluster doesn't use Atlas backups.
     *
     * > **NOTE:** If you have a Backup Compliance Policy enabled for the project, you can't disable Cloud Backup without assistance from [MongoDB Support](https://www.mongodb.com/docs/atlas/support/#request-support).
     */
    backupEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Configuration settings applied to BI Connector for Atlas on this cluster. The MongoDB Connector for Business Intelligence for Atlas (BI Connector) is only available for M10 and larger clusters. The BI Connector is a powerful tool which provides users SQL-based access to their MongoDB databases. As a result, the BI Connector performs operations which may be CPU and memory intensive. Given the limited hardware resources on M10 and M20 cluster tiers, you may experience performance degradation of the cluster when enabling the BI Connector. If this occurs, upgrade to an M30 or larger cluster or disable the BI Connector. See below.
     */
    biConnectorConfig?: pulumi.Input<inputs.AdvancedClusterBiConnectorConfig | undefined>;
    /**
     * Type of the cluster that you want to create.
     * Accepted values include:
     * - `REPLICASET` Replica set
     * - `SHARDED`	Sharded cluster
     * - `GEOSHARDED` Global Cluster
     */
    clusterType: pulumi.Input<string>;
    /**
     * Config Server Management Mode for creating or updating a sharded cluster. Valid values are `ATLAS_MANAGED` (default) and `FIXED_TO_DEDICATED`. When configured as `ATLAS_MANAGED`, Atlas may automatically switch the cluster's config server type for optimal performance and savings. When configured as `FIXED_TO_DEDICATED`, the cluster will always use a dedicated config server. To learn more, see the [Sharded Cluster Config Servers documentation](https://www.mongodb.com/docs/manual/core/sharded-cluster-config-servers/).
     */
    configServerManagementMode?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    deleteOnCreateTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * Possible values are AWS, GCP, AZURE or NONE.  Only needed if you desire to manage the keys, see [Encryption at Rest using Customer Key Management](https://www.mongodb.com/docs/atlas/security-kms-encryption/) for complete documentation.  You must configure encryption at rest for the Atlas project before enabling it on any cluster in the project. For Documentation, see [AWS](https://www.mongodb.com/docs/atlas/security-aws-kms/), [GCP](https://www.mongodb.com/docs/atlas/security-kms-encryption/) and [Azure](https://www.mongodb.com/docs/atlas/security-azure-kms/#std-label-security-azure-kms). Requirements are if `replication_specs[#].region_configs[#].<type>Specs.instance_size` is M10 or greater and `backupEnabled` is false or omitted.
     */
    encryptionAtRestProvider?: pulumi.Input<string | undefined>;
    /**
     * Flag that indicates if cluster uses Atlas-Managed Sharding (false, default) or Self-Managed Sharding (true). It can only be enabled for Global Clusters (`GEOSHARDED`). It cannot be changed once the cluster is created. Use this mode if you're an advanced user and the default configuration is too restrictive for your workload. If you select this option, you must manually configure the sharding strategy, more information [here](https://www.mongodb.com/docs/atlas/tutorial/create-global-cluster/#select-your-sharding-configuration).
     */
    globalClusterSelfManagedSharding?: pulumi.Input<boolean | undefined>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below. **DEPRECATED** Use `tags` instead.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Version of the cluster to deploy. Atlas supports all the MongoDB versions that have **not** reached [End of Live](https://www.mongodb.com/legal/support-policy/lifecycles) for M10+ clusters. If omitted, Atlas deploys the cluster with the default version. For more details, see [documentation](https://www.mongodb.com/docs/atlas/reference/faq/database/#which-versions-of-mongodb-do-service-clusters-use-). Atlas always deploys the cluster with the latest stable release of the specified version.  If you set a value to this parameter and set `versionReleaseSystem` `CONTINUOUS`, the resource returns an error. Either clear this parameter or set `versionReleaseSystem`: `LTS`.
     *
     * > **NOTE:** If the major version is modified outside of Terraform, the provider will emit a warning at plan time, along with an empty plan. Update this attribute in your configuration to match the current version to clear the warning. In an upcoming major version of the provider, this drift will result in a non-empty plan.
     */
    mongoDbMajorVersion?: pulumi.Input<string | undefined>;
    /**
     * Name of the cluster as it appears in Atlas. Once the cluster is created, its name cannot be changed. **WARNING** Changing the name will result in destruction of the existing cluster and the creation of a new cluster.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Flag that indicates whether the cluster is paused or not. You can pause M10 or larger clusters.  You cannot initiate pausing for a shared/tenant tier cluster. If you try to update a `paused` cluster you will get a `CANNOT_UPDATE_PAUSED_CLUSTER` error. See [Considerations for Paused Clusters](https://www.mongodb.com/docs/atlas/pause-terminate-cluster/#considerations-for-paused-clusters).
     * **NOTE** Pause lasts for up to 30 days. If you don't resume the cluster within 30 days, Atlas resumes the cluster.  When the cluster resumption happens Terraform will flag the changed state.  If you wish to keep the cluster paused, reapply your Terraform configuration.   If you prefer to allow the automated change of state to unpaused use:
     * `lifecycle {
     * ignoreChanges = [paused]
     * }`
     */
    paused?: pulumi.Input<boolean | undefined>;
    /**
     * Pins the Feature Compatibility Version (FCV) to the current MongoDB version with a provided expiration date. To unpin the FCV the `pinnedFcv` attribute must be removed. This operation can take several minutes as the request processes through the MongoDB data plane. Once FCV is unpinned it will not be possible to downgrade the `mongoDbMajorVersion`. It is advised that updates to `pinnedFcv` are done isolated from other cluster changes. If a plan contains multiple changes, the FCV change will be applied first. If FCV is unpinned past the expiration date the `pinnedFcv` attribute must be removed. The following [knowledge hub article](https://kb.corp.mongodb.com/article/000021785/) and [FCV documentation](https://www.mongodb.com/docs/atlas/tutorial/major-version-change/#manage-feature-compatibility--fcv--during-upgrades) can be referenced for more details. See below.
     */
    pinnedFcv?: pulumi.Input<inputs.AdvancedClusterPinnedFcv | undefined>;
    /**
     * Flag that indicates if the cluster uses Continuous Cloud Backup.
     */
    pitEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Unique ID for the project to create the cluster, also known as `groupId` in the official documentation.
     */
    projectId: pulumi.Input<string>;
    /**
     * Flag that enables or disables log redaction, see the [manual](https://www.mongodb.com/docs/manual/administration/monitoring/#log-redaction) for more information. Use this in conjunction with Encryption at Rest and TLS/SSL (Transport Encryption) to assist compliance with regulatory requirements. **Note**: Changing this setting on a cluster will trigger a rolling restart as soon as the cluster is updated.
     */
    redactClientLogData?: pulumi.Input<boolean | undefined>;
    /**
     * Replica set scaling mode for your cluster. Valid values are `WORKLOAD_TYPE`, `SEQUENTIAL` and `NODE_TYPE`. By default, Atlas scales under `WORKLOAD_TYPE`. This mode allows Atlas to scale your analytics nodes in parallel to your operational nodes. When configured as `SEQUENTIAL`, Atlas scales all nodes sequentially. This mode is intended for steady-state workloads and applications performing latency-sensitive secondary reads. When configured as `NODE_TYPE`, Atlas scales your electable nodes in parallel with your read-only and analytics nodes. This mode is intended for large, dynamic workloads requiring frequent and timely cluster tier scaling. This is the fastest scaling strategy, but it might impact latency of workloads when performing extensive secondary reads. [Modify the Replica Set Scaling Mode](https://www.mongodb.com/docs/atlas/cluster-additional-settings/#configure-replica-set-scaling-mode)
     */
    replicaSetScalingStrategy?: pulumi.Input<string | undefined>;
    /**
     * List of settings that configure your cluster regions. This attribute has one object per shard representing node configurations in each shard. For replica sets there is only one object representing node configurations. The `replicationSpecs` configuration for all shards within the same zone must be the same, with the exception of `instanceSize` and `diskIops` that can scale independently.
     *
     * The following clusters support independent `diskIops` values:
     * * AWS Gen2 clusters that use the `STANDARD` (gp3) volume type.
     * * AWS Gen2 clusters that use the `HIGH_PERFORMANCE` (io2) volume type.
     * * AWS clusters that use the `PROVISIONED` (io2) volume type.
     * * GCP Gen2 clusters, which use Hyperdisk Balanced storage.
     * * Azure clusters in regions that support Extended IOPS.
     *
     * If your cluster has more than one `replicationSpecs` entry, review Multi-shard clusters and topology changes before adding, removing, or reordering entries. See below.
     */
    replicationSpecs: pulumi.Input<pulumi.Input<inputs.AdvancedClusterReplicationSpec>[]>;
    /**
     * Set to true to retain backup snapshots for the deleted cluster. This parameter applies to the Delete operation and only affects M10 and above clusters. To delete an Atlas cluster that has an associated `mongodbatlas.CloudBackupSchedule` resource and an enabled Backup Compliance Policy, see Delete a Cluster with a Backup Compliance Policy.
     *
     * > **NOTE** Prior version of provider had parameter as `biConnector` state will migrate it to new value you only need to update parameter in your terraform file
     */
    retainBackupsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Certificate Authority that MongoDB Atlas clusters use. You can specify ISRGROOTX1 (for ISRG Root X1).
     */
    rootCertType?: pulumi.Input<string | undefined>;
    /**
     * Set that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the cluster. See below.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Flag that indicates whether termination protection is enabled on the cluster. If set to true, MongoDB Cloud won't delete the cluster. If set to false, MongoDB Cloud will delete the cluster.
     */
    terminationProtectionEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * )
     */
    timeouts?: pulumi.Input<inputs.AdvancedClusterTimeouts | undefined>;
    /**
     * Flag that indicates whether time-based snapshot copies will be used instead of slower standard snapshot copies during fast Atlas cross-region initial syncs. This flag is only relevant for clusters containing AWS nodes.
     */
    useAwsTimeBasedSnapshotCopyForFastInitialSync?: pulumi.Input<boolean | undefined>;
    /**
     * Controls how hardware specification fields are returned in the response. When set to true, the non-effective specs (`electableSpecs`, `readOnlySpecs`, `analyticsSpecs`) fields return the hardware specifications that the client provided. When set to false (default), the non-effective specs fields show the **current** hardware specifications. Cluster auto-scaling is the primary cause for differences between initial and current hardware specifications. This opt-in feature enhances auto-scaling workflows by eliminating the need for `lifecycle.ignore_changes` blocks and preventing plan drift from Atlas-managed changes. This attribute applies to dedicated clusters, not to tenant or flex clusters. This attribute will be deprecated in provider version 2.x and removed in 3.x when the new behavior becomes default. See Auto-Scaling with Effective Fields for more details.
     * If your cluster has more than one `replicationSpecs` entry, see Multi-shard clusters and topology changes before enabling this attribute.
     * **Important:** Toggle this flag and remove any existing `lifecycle.ignore_changes` blocks for spec fields in the same apply, without combining other changes. Toggling will result in increased plan verbosity with `(known after apply)` markers, which can be safely ignored. If you previously removed `readOnlySpecs` or `analyticsSpecs` attributes from your configuration, you'll get a validation error for safety reasons to prevent accidental node loss. To resolve: add the blocks back (to keep nodes) or with `nodeCount = 0` (to delete nodes), apply without toggling the flag, then toggle in a separate apply.
     */
    useEffectiveFields?: pulumi.Input<boolean | undefined>;
    /**
     * Release cadence that Atlas uses for this cluster. This parameter defaults to `LTS`. If you set this field to `CONTINUOUS`, you must omit the `mongoDbMajorVersion` field. Atlas accepts:
     * - `CONTINUOUS`:  Atlas creates your cluster using the most recent MongoDB release. Atlas automatically updates your cluster to the latest major and rapid MongoDB releases as they become available.
     * - `LTS`: Atlas creates your cluster using the latest patch release of the MongoDB version that you specify in the mongoDBMajorVersion field. Atlas automatically updates your cluster to subsequent patch releases of this MongoDB version. Atlas doesn't update your cluster to newer rapid or major MongoDB releases as they become available.
     */
    versionReleaseSystem?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=advancedCluster.d.ts.map