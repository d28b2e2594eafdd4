package vn.dvk.localstack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.localstack.kafka.KafkaMirror;

/**
 * A district's own Kafka cluster beside the province's stack, for a demonstration of ADR 0022's third topology
 * ({@code start-district <code>}): its broker, MirrorMaker 2 joining it to the province's cluster (the district's
 * events up as {@code d<code>.*}, the province's campaigns and inspection plans down as {@code p14.*}), and the
 * district's registration-, evaluation- and reporting-service scoped to the district, reading their topics and the
 * copies. They share the province's store (their databases are per scope), identity provider, passwords and unit
 * list; a district is a stack of its own in {@code .dvk/district-<code>/} (its PIDs, logs, staged jars and Kafka
 * data), on the ports of the province's components shifted by {@link #PORT_SHIFT}.
 */
final class DistrictCluster {

    /** The province of the demo data (Sơn La), whose cluster is aliased so in the district's copies. */
    static final String PROVINCE_ALIAS = "p14";
    /** The district's ports are the province's plus this: Kafka 9192 and 9193, the services 8181, 8182, 8184. */
    static final int PORT_SHIFT = 100;
    /** MirrorMaker's internal REST server: beside the district's broker and controller. */
    private static final int MIRROR_MAKER_SHIFT = PORT_SHIFT + 2;
    private static final List<String> SERVICES = List.of("registration-service", "evaluation-service",
            "reporting-service");
    private static final Pattern CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern HOME = Pattern.compile("district-([0-9]{3})");

    private final String code;
    private final Layout province;
    private final Layout layout;

    private DistrictCluster(String code, Layout province) {
        this.code = code;
        this.province = province;
        Component provinceKafka = province.kafka()
                .orElseThrow(() -> new IllegalStateException("the province's stack has no Kafka"));
        List<Component> components = new ArrayList<>();
        components.add(shifted(provinceKafka));
        components.add(Component.mirrorMaker(provinceKafka.port() + MIRROR_MAKER_SHIFT));
        SERVICES.forEach(name -> province.component(name).map(DistrictCluster::shifted).ifPresent(components::add));
        this.layout = new Layout(province.root(), province.home().resolve("district-" + code), province.host(),
                components, province.command(), province.environment());
    }

    /** The district {@code code} (three digits, e.g. {@code 124}) beside the stack {@code province}. */
    static DistrictCluster of(Layout province, String code) {
        if (!CODE.matcher(code).matches()) {
            throw new CommandFailed("a district code is three digits (e.g. 124), got '" + code + "'");
        }
        return new DistrictCluster(code, province);
    }

    /** The districts ever started beside {@code province}: the folders {@code district-<code>} of its data. */
    static List<DistrictCluster> started(Layout province) {
        if (!Files.isDirectory(province.home())) {
            return List.of();
        }
        List<DistrictCluster> districts = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(province.home(), Files::isDirectory)) {
            for (Path folder : folders) {
                Matcher home = HOME.matcher(folder.getFileName().toString());
                if (home.matches()) {
                    districts.add(new DistrictCluster(home.group(1), province));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + province.home(), e);
        }
        return districts;
    }

    private static Component shifted(Component component) {
        return component.onPorts(component.ports().stream().map(port -> port + PORT_SHIFT).toList());
    }

    String code() {
        return code;
    }

    /** The district cluster's alias: the prefix of its copies on the province's cluster. */
    String alias() {
        return "d" + code;
    }

    Layout province() {
        return province;
    }

    /** The district's own stack: its components, data, PIDs and logs. */
    Layout layout() {
        return layout;
    }

    /** MirrorMaker between the province's cluster and the district's, logging in with the province's passwords. */
    KafkaMirror mirror() {
        Component mirrorMaker = layout.components().stream()
                .filter(component -> component.kind() == Component.Kind.MIRROR_MAKER).findFirst()
                .orElseThrow(() -> new IllegalStateException("a district runs MirrorMaker"));
        return KafkaMirror.secured(layout.home().resolve("mirror-maker"),
                        new KafkaMirror.Cluster(PROVINCE_ALIAS, bootstrapServers(province)),
                        List.of(new KafkaMirror.Cluster(alias(), bootstrapServers(layout))), province.secrets())
                .listeningOn(layout.host(), mirrorMaker.port());
    }

    /** What each of the district's services gets beside the stack's usual environment (and the province's copies). */
    Map<String, String> serviceEnvironment() {
        return Map.of("DVK_SCOPE", code);
    }

    /** How {@code status} and {@code stop} name the district. */
    String title() {
        return "district " + code + " (" + layout.display(layout.home()) + ")";
    }

    private static String bootstrapServers(Layout stack) {
        return stack.kafka().map(kafka -> stack.host() + ":" + kafka.port())
                .orElseThrow(() -> new IllegalStateException("a cluster without Kafka"));
    }
}
