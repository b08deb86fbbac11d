import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * `mongodbatlas.DatabaseUser` provides a Database User resource. This represents a database user which will be applied to all clusters within the project.
 *
 * Each user has a set of roles that provide access to the project’s databases. User's roles apply to all the clusters in the project: if two clusters have a `products` database and a user has a role granting `read` access on the products database, the user has that access on both clusters.
 *
 * > **IMPORTANT WARNING:** The `password` argument is stored in Terraform state in plain text. To avoid this issue, you can use `passwordWo` instead, which is a write-only argument and is never written to state or plan files. It requires Terraform 1.11 or later. See Terraform's best practices for handling sensitive data in state.
 *
 * ## Example Usage
 *
 * ### S
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.DatabaseUser("test", {
 *     username: "test-acc-username",
 *     password: "test-acc-password",
 *     projectId: "<PROJECT-ID>",
 *     authDatabaseName: "admin",
 *     roles: [
 *         {
 *             roleName: "readWrite",
 *             databaseName: "dbforApp",
 *         },
 *         {
 *             roleName: "readAnyDatabase",
 *             databaseName: "admin",
 *         },
 *     ],
 *     labels: [{
 *         key: "My Key",
 *         value: "My Value",
 *     }],
 *     scopes: [
 *         {
 *             name: "My cluster name",
 *             type: "CLUSTER",
 *         },
 *         {
 *             name: "My second cluster name",
 *             type: "CLUSTER",
 *         },
 *     ],
 * });
 * ```
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.DatabaseUser("test", {
 *     username: "test-acc-username",
 *     x509Type: "MANAGED",
 *     projectId: "<PROJECT-ID>",
 *     authDatabaseName: "$external",
 *     roles: [{
 *         roleName: "readAnyDatabase",
 *         databaseName: "admin",
 *     }],
 *     labels: [{
 *         key: "%s",
 *         value: "%s",
 *     }],
 *     scopes: [{
 *         name: "My cluster name",
 *         type: "CLUSTER",
 *     }],
 * });
 * ```
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.DatabaseUser("test", {
 *     username: testAwsIamRole.arn,
 *     projectId: "<PROJECT-ID>",
 *     authDatabaseName: "$external",
 *     awsIamType: "ROLE",
 *     roles: [{
 *         roleName: "readAnyDatabase",
 *         databaseName: "admin",
 *     }],
 *     labels: [{
 *         key: "%s",
 *         value: "%s",
 *     }],
 *     scopes: [{
 *         name: "My cluster name",
 *         type: "CLUSTER",
 *     }],
 * });
 * ```
 *
 * ## Example of how to create a OIDC federated authentication user
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.DatabaseUser("test", {
 *     username: "64d613677e1ad50839cce4db/testUserOr",
 *     projectId: "6414908c207f4d22f4d8f232",
 *     authDatabaseName: "admin",
 *     oidcAuthType: "IDP_GROUP",
 *     roles: [{
 *         roleName: "readWriteAnyDatabase",
 *         databaseName: "admin",
 *     }],
 * });
 * ```
 * `username` format: Atlas OIDC IdP ID (found in federation settings), followed by a '/', followed by the IdP group name
 *
 * Note: OIDC support is only avalible starting in [MongoDB 7.0](https://www.mongodb.com/evolved#mdbsevenzero) or later. To learn more, see the [MongoDB Atlas documentation](https://www.mongodb.com/docs/atlas/security-oidc/).
 *
 * ## Import
 *
 * Database users can be imported using project ID, username, and auth database name in the format:
 *
 * 1. `projectId`-`username`-`authDatabaseName` Doesn't  work if `-` is used in both the `username` and the `authDatabaseName`. For example `my-username` and `my-db` should use (2).
 * 2. `projectId`/`username`/`authDatabaseName` Works when neither `username` nor `authDatabaseName` use `/`.
 *
 * ```sh
 * terraform import mongodbatlas_database_user.my_user 1112222b3bf99403840e8934-my_user-admin # (1)
 * terraform import mongodbatlas_database_user.my_user 1112222b3bf99403840e8934/my-username-dash/my-db-name # (2)
 * ```
 *
 * > **NOTE:** Terraform will want to change the password after importing the user if a `password` or `passwordWo` argument is specified.
 */
export declare class DatabaseUser extends pulumi.CustomResource {
    /**
     * Get an existing DatabaseUser resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: DatabaseUserState, opts?: pulumi.CustomResourceOptions): DatabaseUser;
    /**
     * Returns true if the given object is an instance of DatabaseUser.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is DatabaseUser;
    /**
     * Database against which Atlas authenticates the user. A user must provide both a username and authentication database to log into MongoDB.
     * Accepted values include:
     */
    readonly authDatabaseName: pulumi.Output<string>;
    /**
     * If this value is set, the new database user authenticates with AWS IAM credentials. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use AWS IAM credentials.
     * * `USER` - New database user has AWS IAM user credentials.
     * * `ROLE` -  New database user has credentials associated with an AWS IAM role.
     */
    readonly awsIamType: pulumi.Output<string>;
    /**
     * Description of this database user.
     */
    readonly description: pulumi.Output<string | undefined>;
    readonly labels: pulumi.Output<outputs.DatabaseUserLabel[] | undefined>;
    /**
     * Method by which the provided `username` is authenticated. If no value is given, Atlas uses the default value of `NONE`.
     * * `NONE` -	Atlas authenticates this user through [SCRAM-SHA](https://www.mongodb.com/docs/manual/core/security-scram/), not LDAP.
     * * `USER` - LDAP server authenticates this user through the user's LDAP user. `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     * * `GROUP` - LDAP server authenticates this user using their LDAP user and authorizes this user using their LDAP group. To learn more about LDAP security, see [Set up User Authentication and Authorization with LDAP](https://www.mongodb.com/docs/atlas/security-ldaps). `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     */
    readonly ldapAuthType: pulumi.Output<string>;
    /**
     * Human-readable label that indicates whether the new database user authenticates with OIDC (OpenID Connect) federated authentication. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use OIDC federated authentication.
     * * `IDP_GROUP` - OIDC Workforce federated authentication group. To learn more about OIDC federated authentication, see [Set up Workforce Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     * * `USER` - OIDC Workload federated authentication user. To learn more about OIDC federated authentication, see [Set up Workload Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     */
    readonly oidcAuthType: pulumi.Output<string>;
    /**
     * User's initial password. Only applicable for password-based authentication. Conflicts with `passwordWo`. You can remove this argument from your Terraform configuration after user creation without impacting the user, password, or Terraform management. If you change your password management to outside of Terraform, we advise removing the argument from the Terraform configuration. **IMPORTANT:** The Terraform state file stores passwords as plain text, we recommend using `passwordWo` instead.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * User's password, passed as a write-only argument so it is never written to Terraform state or plan files. Write-only arguments can accept ephemeral and non-ephemeral values. Only applicable for password-based authentication, and conflicts with `password`. Requires Terraform 1.11 or later, and must be set together with `passwordWoVersion`.
     */
    readonly passwordWo: pulumi.Output<string | undefined>;
    /**
     * Integer that triggers an update of `passwordWo`. To rotate the password, change `passwordWo` and increment this value in the same edit. Changing `passwordWo` on its own has no effect, since Terraform cannot detect changes to a value that is not in state.
     */
    readonly passwordWoVersion: pulumi.Output<number | undefined>;
    /**
     * The unique ID for the project to create the database user, also known as `groupId` in the official documentation.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * List of user’s roles and the databases / collections on which the roles apply. A role allows the user to perform particular actions on the specified database. A role on the admin database can include privileges that apply to the other databases as well. See Roles below for more details.
     */
    readonly roles: pulumi.Output<outputs.DatabaseUserRole[]>;
    readonly scopes: pulumi.Output<outputs.DatabaseUserScope[] | undefined>;
    /**
     * Username for authenticating to MongoDB. USER_ARN or ROLE_ARN if `awsIamType` is USER or ROLE.
     */
    readonly username: pulumi.Output<string>;
    /**
     * X.509 method by which the provided username is authenticated. If no value is given, Atlas uses the default value of NONE. The accepted types are:
     * * `NONE` -	The user does not use X.509 authentication.
     * * `MANAGED` - The user is being created for use with Atlas-managed X.509.Externally authenticated users can only be created on the `$external` database.
     * * `CUSTOMER` -  The user is being created for use with Self-Managed X.509. Users created with this x509Type require a Common Name (CN) in the username field. Externally authenticated users can only be created on the `$external` database.
     */
    readonly x509Type: pulumi.Output<string>;
    /**
     * Create a DatabaseUser resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: DatabaseUserArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering DatabaseUser resources.
 */
export interface DatabaseUserState {
    /**
     * Database against which Atlas authenticates the user. A user must provide both a username and authentication database to log into MongoDB.
     * Accepted values include:
     */
    authDatabaseName?: pulumi.Input<string | undefined>;
    /**
     * If this value is set, the new database user authenticates with AWS IAM credentials. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use AWS IAM credentials.
     * * `USER` - New database user has AWS IAM user credentials.
     * * `ROLE` -  New database user has credentials associated with an AWS IAM role.
     */
    awsIamType?: pulumi.Input<string | undefined>;
    /**
     * Description of this database user.
     */
    description?: pulumi.Input<string | undefined>;
    labels?: pulumi.Input<pulumi.Input<inputs.DatabaseUserLabel>[] | undefined>;
    /**
     * Method by which the provided `username` is authenticated. If no value is given, Atlas uses the default value of `NONE`.
     * * `NONE` -	Atlas authenticates this user through [SCRAM-SHA](https://www.mongodb.com/docs/manual/core/security-scram/), not LDAP.
     * * `USER` - LDAP server authenticates this user through the user's LDAP user. `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     * * `GROUP` - LDAP server authenticates this user using their LDAP user and authorizes this user using their LDAP group. To learn more about LDAP security, see [Set up User Authentication and Authorization with LDAP](https://www.mongodb.com/docs/atlas/security-ldaps). `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     */
    ldapAuthType?: pulumi.Input<string | undefined>;
    /**
     * Human-readable label that indicates whether the new database user authenticates with OIDC (OpenID Connect) federated authentication. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use OIDC federated authentication.
     * * `IDP_GROUP` - OIDC Workforce federated authentication group. To learn more about OIDC federated authentication, see [Set up Workforce Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     * * `USER` - OIDC Workload federated authentication user. To learn more about OIDC federated authentication, see [Set up Workload Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     */
    oidcAuthType?: pulumi.Input<string | undefined>;
    /**
     * User's initial password. Only applicable for password-based authentication. Conflicts with `passwordWo`. You can remove this argument from your Terraform configuration after user creation without impacting the user, password, or Terraform management. If you change your password management to outside of Terraform, we advise removing the argument from the Terraform configuration. **IMPORTANT:** The Terraform state file stores passwords as plain text, we recommend using `passwordWo` instead.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * User's password, passed as a write-only argument so it is never written to Terraform state or plan files. Write-only arguments can accept ephemeral and non-ephemeral values. Only applicable for password-based authentication, and conflicts with `password`. Requires Terraform 1.11 or later, and must be set together with `passwordWoVersion`.
     */
    passwordWo?: pulumi.Input<string | undefined>;
    /**
     * Integer that triggers an update of `passwordWo`. To rotate the password, change `passwordWo` and increment this value in the same edit. Changing `passwordWo` on its own has no effect, since Terraform cannot detect changes to a value that is not in state.
     */
    passwordWoVersion?: pulumi.Input<number | undefined>;
    /**
     * The unique ID for the project to create the database user, also known as `groupId` in the official documentation.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * List of user’s roles and the databases / collections on which the roles apply. A role allows the user to perform particular actions on the specified database. A role on the admin database can include privileges that apply to the other databases as well. See Roles below for more details.
     */
    roles?: pulumi.Input<pulumi.Input<inputs.DatabaseUserRole>[] | undefined>;
    scopes?: pulumi.Input<pulumi.Input<inputs.DatabaseUserScope>[] | undefined>;
    /**
     * Username for authenticating to MongoDB. USER_ARN or ROLE_ARN if `awsIamType` is USER or ROLE.
     */
    username?: pulumi.Input<string | undefined>;
    /**
     * X.509 method by which the provided username is authenticated. If no value is given, Atlas uses the default value of NONE. The accepted types are:
     * * `NONE` -	The user does not use X.509 authentication.
     * * `MANAGED` - The user is being created for use with Atlas-managed X.509.Externally authenticated users can only be created on the `$external` database.
     * * `CUSTOMER` -  The user is being created for use with Self-Managed X.509. Users created with this x509Type require a Common Name (CN) in the username field. Externally authenticated users can only be created on the `$external` database.
     */
    x509Type?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a DatabaseUser resource.
 */
export interface DatabaseUserArgs {
    /**
     * Database against which Atlas authenticates the user. A user must provide both a username and authentication database to log into MongoDB.
     * Accepted values include:
     */
    authDatabaseName: pulumi.Input<string>;
    /**
     * If this value is set, the new database user authenticates with AWS IAM credentials. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use AWS IAM credentials.
     * * `USER` - New database user has AWS IAM user credentials.
     * * `ROLE` -  New database user has credentials associated with an AWS IAM role.
     */
    awsIamType?: pulumi.Input<string | undefined>;
    /**
     * Description of this database user.
     */
    description?: pulumi.Input<string | undefined>;
    labels?: pulumi.Input<pulumi.Input<inputs.DatabaseUserLabel>[] | undefined>;
    /**
     * Method by which the provided `username` is authenticated. If no value is given, Atlas uses the default value of `NONE`.
     * * `NONE` -	Atlas authenticates this user through [SCRAM-SHA](https://www.mongodb.com/docs/manual/core/security-scram/), not LDAP.
     * * `USER` - LDAP server authenticates this user through the user's LDAP user. `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     * * `GROUP` - LDAP server authenticates this user using their LDAP user and authorizes this user using their LDAP group. To learn more about LDAP security, see [Set up User Authentication and Authorization with LDAP](https://www.mongodb.com/docs/atlas/security-ldaps). `username` must also be a fully qualified distinguished name, as defined in [RFC-2253](https://tools.ietf.org/html/rfc2253).
     */
    ldapAuthType?: pulumi.Input<string | undefined>;
    /**
     * Human-readable label that indicates whether the new database user authenticates with OIDC (OpenID Connect) federated authentication. If no value is given, Atlas uses the default value of `NONE`. The accepted types are:
     * * `NONE` -	The user does not use OIDC federated authentication.
     * * `IDP_GROUP` - OIDC Workforce federated authentication group. To learn more about OIDC federated authentication, see [Set up Workforce Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     * * `USER` - OIDC Workload federated authentication user. To learn more about OIDC federated authentication, see [Set up Workload Identity Federation with OIDC](https://www.mongodb.com/docs/atlas/security-oidc/).
     */
    oidcAuthType?: pulumi.Input<string | undefined>;
    /**
     * User's initial password. Only applicable for password-based authentication. Conflicts with `passwordWo`. You can remove this argument from your Terraform configuration after user creation without impacting the user, password, or Terraform management. If you change your password management to outside of Terraform, we advise removing the argument from the Terraform configuration. **IMPORTANT:** The Terraform state file stores passwords as plain text, we recommend using `passwordWo` instead.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * User's password, passed as a write-only argument so it is never written to Terraform state or plan files. Write-only arguments can accept ephemeral and non-ephemeral values. Only applicable for password-based authentication, and conflicts with `password`. Requires Terraform 1.11 or later, and must be set together with `passwordWoVersion`.
     */
    passwordWo?: pulumi.Input<string | undefined>;
    /**
     * Integer that triggers an update of `passwordWo`. To rotate the password, change `passwordWo` and increment this value in the same edit. Changing `passwordWo` on its own has no effect, since Terraform cannot detect changes to a value that is not in state.
     */
    passwordWoVersion?: pulumi.Input<number | undefined>;
    /**
     * The unique ID for the project to create the database user, also known as `groupId` in the official documentation.
     */
    projectId: pulumi.Input<string>;
    /**
     * List of user’s roles and the databases / collections on which the roles apply. A role allows the user to perform particular actions on the specified database. A role on the admin database can include privileges that apply to the other databases as well. See Roles below for more details.
     */
    roles: pulumi.Input<pulumi.Input<inputs.DatabaseUserRole>[]>;
    scopes?: pulumi.Input<pulumi.Input<inputs.DatabaseUserScope>[] | undefined>;
    /**
     * Username for authenticating to MongoDB. USER_ARN or ROLE_ARN if `awsIamType` is USER or ROLE.
     */
    username: pulumi.Input<string>;
    /**
     * X.509 method by which the provided username is authenticated. If no value is given, Atlas uses the default value of NONE. The accepted types are:
     * * `NONE` -	The user does not use X.509 authentication.
     * * `MANAGED` - The user is being created for use with Atlas-managed X.509.Externally authenticated users can only be created on the `$external` database.
     * * `CUSTOMER` -  The user is being created for use with Self-Managed X.509. Users created with this x509Type require a Common Name (CN) in the username field. Externally authenticated users can only be created on the `$external` database.
     */
    x509Type?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=databaseUser.d.ts.map