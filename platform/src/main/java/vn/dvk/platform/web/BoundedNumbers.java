package vn.dvk.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while JSON is read, a decimal number that is not finite ({@code "NaN"}, {@code "Infinity"}) or whose
 * magnitude passes {@value #LIMIT}: no count, score, weight, percentage or sum of money in this system comes near
 * it, and such a value, once stored, breaks every computation made with it later (issue 17: weights of 1e308 made
 * the next evaluation fail). The refusal carries the field's path, so the answer is a 400 naming the field. Ranges
 * of particular fields stay the business of their request records' constraints.
 */
public final class BoundedNumbers extends SimpleModule {

    static final double LIMIT = 1e15;

    public BoundedNumbers() {
        super("dvk-bounded-numbers");
        addDeserializer(Double.class, new BoundedDouble(Double.class, null));
        addDeserializer(Double.TYPE, new BoundedDouble(Double.TYPE, 0d));
    }

    private static final class BoundedDouble extends NumberDeserializers.DoubleDeserializer {

        BoundedDouble(Class<Double> type, Double emptyValue) {
            super(type, emptyValue);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) {
            Double value = super.deserialize(parser, context);
            if (value != null && (!Double.isFinite(value) || Math.abs(value) > LIMIT)) {
                throw InvalidFormatException.from(parser, "number out of range", value, Double.class);
            }
            return value;
        }
    }
}
