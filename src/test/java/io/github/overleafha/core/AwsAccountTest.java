package io.github.overleafha.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ARNs as AWS writes them, built from names before the resources exist. */
class AwsAccountTest {

    private final AwsAccount china = new AwsAccount("aws-cn", "cn-north-1", "111122223333");

    @Test
    void bucketsHaveNeitherRegionNorAccount() {
        assertThat(china.s3Bucket("example-chunks")).isEqualTo("arn:aws-cn:s3:::example-chunks");
    }

    @Test
    void aSecretsArnEndsInSixCharactersSecretsManagerChooses() {
        assertThat(china.secret("overleaf-ha/dev/env"))
                .isEqualTo("arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:overleaf-ha/dev/env-??????");
    }

    @Test
    void logGroupsAndParametersCarryRegionAndAccount() {
        assertThat(china.logGroup("/overleaf-ha/dev/containers"))
                .isEqualTo("arn:aws-cn:logs:cn-north-1:111122223333:log-group:/overleaf-ha/dev/containers");
        assertThat(china.ssmParameter("/overleaf-ha/dev/migrated-version"))
                .isEqualTo("arn:aws-cn:ssm:cn-north-1:111122223333:parameter/overleaf-ha/dev/migrated-version");
        assertThat(china.ssmParameter("plain")).isEqualTo("arn:aws-cn:ssm:cn-north-1:111122223333:parameter/plain");
    }

    @Test
    void aReplicationGroupIsNamedByItsId() {
        assertThat(china.elastiCacheReplicationGroup("redis-group-1a2b3c4"))
                .isEqualTo("arn:aws-cn:elasticache:cn-north-1:111122223333:replicationgroup:redis-group-1a2b3c4");
    }

    @Test
    void aTopicIsNamedAfterRegionAndAccountWithoutAResourceType() {
        assertThat(china.snsTopic("monitoring-alarms-1a2b3c4"))
                .isEqualTo("arn:aws-cn:sns:cn-north-1:111122223333:monitoring-alarms-1a2b3c4");
    }

    @Test
    void iamIsGlobalWithinThePartition() {
        assertThat(china.iamPolicy("storage-chunks-access")).isEqualTo("arn:aws-cn:iam::111122223333:policy/storage-chunks-access");
        assertThat(china.iamRole("fleet-snapshots")).isEqualTo("arn:aws-cn:iam::111122223333:role/fleet-snapshots");
    }
}
