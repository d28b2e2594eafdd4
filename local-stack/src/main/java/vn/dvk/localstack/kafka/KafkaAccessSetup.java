package vn.dvk.localstack.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import vn.dvk.localstack.secrets.StackSecrets;

/**
 * Makes a secured broker match {@link KafkaAccess}, as its administrator: creates the event topics, sets each
 * service's SCRAM password to the one in its file, and leaves each service exactly the ACLs declared for it (missing
 * ones created, others deleted). Idempotent: {@code ./dvk start} runs it on every start, in a JVM of its own
 * ({@code main}: the bootstrap servers and the passwords' directory), before the services start.
 */
public final class KafkaAccessSetup {

    private static final int SCRAM_ITERATIONS = 8192;
    private static final long TIMEOUT_SECONDS = 60;

    private KafkaAccessSetup() {
    }

    public static void main(String[] arguments) throws Exception {
        if (arguments.length < 2 || arguments.length > 3) {
            System.err.println("usage: KafkaAccessSetup <bootstrap servers> <passwords directory>"
                    + " [<aliases of the clusters mirrored into this one, comma-separated>]");
            System.exit(2);
        }
        List<String> mirroredFrom = arguments.length == 3 ? List.of(arguments[2].split(",")) : List.of();
        apply(arguments[0], new StackSecrets(Path.of(arguments[1])), mirroredFrom);
    }

    public static void apply(String bootstrapServers, StackSecrets secrets) throws ExecutionException,
            InterruptedException, TimeoutException {
        apply(bootstrapServers, secrets, List.of());
    }

    /**
     * As {@link #apply(String, StackSecrets)} on a cluster that MirrorMaker 2 joins to others: the services also
     * read the copies of the clusters {@code mirroredFrom}, and {@link KafkaAccess#MIRROR_MAKER} gets its password
     * and its ACLs.
     */
    public static void apply(String bootstrapServers, StackSecrets secrets, List<String> mirroredFrom)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Object> properties = new HashMap<>(
                secrets.credentials(KafkaAccess.ADMIN).clientProperties(KafkaCredentials.PLAIN));
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "dvk-access-setup");
        try (Admin admin = Admin.create(properties)) {
            createMissingTopics(admin, mirroredFrom);
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
                users.add(new UserScramCredentialUpsertion(service.principal(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        secrets.credentials(service.principal()).password()));
            }
            if (!mirroredFrom.isEmpty()) {
                users.add(new UserScramCredentialUpsertion(KafkaAccess.MIRROR_MAKER,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        secrets.credentials(KafkaAccess.MIRROR_MAKER).password()));
            }
            await(admin.alterUserScramCredentials(users).all());
            Set<AclBinding> declared = new LinkedHashSet<>();
            KafkaAccess.SERVICES.forEach(service -> declared.addAll(bindings(service, mirroredFrom)));
            if (!mirroredFrom.isEmpty()) {
                declared.addAll(mirrorBindings(mirroredFrom));
            }
            Collection<AclBinding> existing = await(admin.describeAcls(AclBindingFilter.ANY).values());
            List<AclBindingFilter> undeclared = existing.stream()
                    .filter(binding -> isServicePrincipal(binding.entry().principal()) && !declared.contains(binding))
                    .map(AclBinding::toFilter).toList();
            if (!undeclared.isEmpty()) {
                await(admin.deleteAcls(undeclared).all());
            }
            List<AclBinding> missing = declared.stream().filter(binding -> !existing.contains(binding)).toList();
            if (!missing.isEmpty()) {
                await(admin.createAcls(missing).all());
            }
        }
    }

    /** A service's ACLs, all for its principal from any host. */
    public static List<AclBinding> bindings(KafkaAccess.ServiceAccess service) {
        return bindings(service, List.of());
    }

    /** A service's ACLs on a cluster fed with the topics of the clusters {@code mirroredFrom}. */
    public static List<AclBinding> bindings(KafkaAccess.ServiceAccess service, List<String> mirroredFrom) {
        List<AclBinding> bindings = new ArrayList<>();
        String principal = "User:" + service.principal();
        service.writes().ifPresent(topic -> allow(bindings, principal,
                new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                AclOperation.WRITE, AclOperation.DESCRIBE));
        for (String topic : service.reads(mirroredFrom)) {
            allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                    AclOperation.READ, AclOperation.DESCRIBE);
        }
        if (!service.reads().isEmpty()) {
            allow(bindings, principal, new ResourcePattern(ResourceType.GROUP, service.groupPrefix(),
                    PatternType.PREFIXED), AclOperation.READ);
        }
        for (String watched : service.watches()) {
            allow(bindings, principal, new ResourcePattern(ResourceType.GROUP,
                    KafkaAccess.ServiceAccess.groupPrefix(watched), PatternType.PREFIXED), AclOperation.DESCRIBE);
        }
        for (String deadLetters : service.deadLetterPrefixes(mirroredFrom)) {
            allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, deadLetters, PatternType.PREFIXED),
                    AclOperation.CREATE, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        ResourcePattern unitDirectory = new ResourcePattern(ResourceType.TOPIC, KafkaAccess.UNIT_DIRECTORY_TOPIC,
                PatternType.LITERAL);
        if (service.principal().equals(KafkaAccess.UNIT_DIRECTORY_OWNER)) {
            allow(bindings, principal, unitDirectory, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        allow(bindings, principal, unitDirectory, AclOperation.READ, AclOperation.DESCRIBE);
        return bindings;
    }

    /**
     * MirrorMaker 2's ACLs on one cluster, which is both a source (its own event topics are copied to the other
     * cluster) and a target (the clusters {@code mirroredFrom} are copied into it). As a source: read the event
     * topics, their configurations and the consumer groups' offsets (checkpoints), and keep its offset syncs
     * ({@code mm2-offset-syncs.*}). As a target: create and write the copies ({@code <alias>.*}: the copied topics
     * and {@code <alias>.checkpoints.internal}), the heartbeats, and its Connect workers' internal topics
     * ({@code mm2-configs|offsets|status.<alias>.internal}) in their groups ({@code <alias>-mm2}). Nothing else: it
     * reads no copy of another cluster and writes no topic of the services.
     */
    public static List<AclBinding> mirrorBindings(List<String> mirroredFrom) {
        List<AclBinding> bindings = new ArrayList<>();
        String principal = "User:" + KafkaAccess.MIRROR_MAKER;
        for (String topic : KafkaAccess.topics()) {
            allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                    AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
        }
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            if (!service.reads().isEmpty()) {
                allow(bindings, principal, new ResourcePattern(ResourceType.GROUP, service.groupPrefix(),
                        PatternType.PREFIXED), AclOperation.DESCRIBE);
            }
        }
        allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, "heartbeats", PatternType.LITERAL),
                AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS);
        allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, "mm2-", PatternType.PREFIXED),
                AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS);
        for (String alias : mirroredFrom) {
            allow(bindings, principal, new ResourcePattern(ResourceType.TOPIC, alias + ".", PatternType.PREFIXED),
                    AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE,
                    AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS);
            allow(bindings, principal, new ResourcePattern(ResourceType.GROUP, alias + "-mm2", PatternType.LITERAL),
                    AclOperation.READ, AclOperation.DESCRIBE);
        }
        return bindings;
    }

    private static void allow(List<AclBinding> bindings, String principal, ResourcePattern resource,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            AclBinding binding = new AclBinding(resource,
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
            // A service that reads its own topic (registration: campaigns issued above its scope) is granted
            // Describe there once, as a writer and as a reader.
            if (!bindings.contains(binding)) {
                bindings.add(binding);
            }
        }
    }

    private static boolean isServicePrincipal(String principal) {
        return principal.equals("User:" + KafkaAccess.MIRROR_MAKER)
                || KafkaAccess.SERVICES.stream().anyMatch(service -> principal.equals("User:" + service.principal()));
    }

    /**
     * The event topics and, on a mirrored cluster, their copies: created here rather than by MirrorMaker, so that the
     * services bind to them before the first record is copied (MirrorMaker uses a copy it finds).
     */
    private static void createMissingTopics(Admin admin, List<String> mirroredFrom) throws ExecutionException,
            InterruptedException, TimeoutException {
        Set<String> existing = await(admin.listTopics().names());
        List<NewTopic> missing = KafkaAccess.topics().stream()
                .flatMap(topic -> KafkaAccess.withMirrors(topic, mirroredFrom).stream())
                .filter(topic -> !existing.contains(topic))
                .map(topic -> new NewTopic(topic, KafkaAccess.PARTITIONS, (short) 1)).toList();
        if (!missing.isEmpty()) {
            await(admin.createTopics(missing).all());
        }
    }

    private static <T> T await(KafkaFuture<T> future) throws ExecutionException,
            InterruptedException, TimeoutException {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
