package vn.dvk.notification.delivery.adapter;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.EventTypes;
import vn.dvk.platform.inbox.InboundEvent;

/**
 * An event as a webhook receives it: CloudEvents 1.0 in structured JSON mode, the attributes (with dvk's extensions
 * {@code unitpath} and {@code sequence}) beside the payload in {@code data}.
 */
@Component
class CloudEventJson {

    private final JsonMapper json;

    CloudEventJson(JsonMapper json) {
        this.json = json;
    }

    String of(InboundEvent<?> event) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", event.id());
        node.put("source", event.source());
        node.put("type", event.type());
        node.put("subject", event.subject());
        node.put("time", event.time() == null ? null : event.time().toString());
        node.put("datacontenttype", "application/json");
        EventTypes.byName(event.type()).map(EventType::dataSchemaUri)
                .ifPresent(schema -> node.put("dataschema", schema));
        node.put("unitpath", event.unitPath());
        node.put("sequence", event.sequence());
        node.set("data", json.valueToTree(event.payload()));
        return json.writeValueAsString(node);
    }
}
