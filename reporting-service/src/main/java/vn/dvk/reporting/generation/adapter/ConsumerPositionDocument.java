package vn.dvk.reporting.generation.adapter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How far a generation holds one source partition: the next offset to apply ({@code _id} is topic and partition). */
@Document("rpt_consumer_positions")
record ConsumerPositionDocument(@Id String id, String topic, int partition, long next) {
}
