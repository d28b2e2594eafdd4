package vn.dvk.reporting.projection.adapter;

import java.util.Map;

/** One record of a consumed batch as the binder hands it over: where it was read, its key, headers and value. */
record ConsumedRecord(String topic, int partition, long offset, byte[] key, Map<String, Object> headers,
                      byte[] value) {
}
