package vn.dvk.registration.web;

import java.util.List;
import java.util.function.Supplier;
import vn.dvk.platform.error.ProblemException;

/**
 * The platform's {@code Idempotency-Key} refusals carry no field; clients of this service get the header named in
 * {@code errors}, like every other refusal here.
 */
public final class IdempotencyProblems {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyProblems() {
    }

    public static <T> T naming(Supplier<T> keyedCreate) {
        try {
            return keyedCreate.get();
        } catch (ProblemException e) {
            if (!e.errors().isEmpty() || !e.code().startsWith("idempotency-key")) {
                throw e;
            }
            throw new ProblemException(e.kind(), e.code(), e.title(), e.detail(),
                    List.of(new ProblemException.FieldProblem(HEADER, e.detail())));
        }
    }
}
