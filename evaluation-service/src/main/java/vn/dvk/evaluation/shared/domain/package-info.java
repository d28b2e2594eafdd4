/** Plain-Java helpers several features share: indicator units, text normalisation. */
package vn.dvk.evaluation.shared.domain;
