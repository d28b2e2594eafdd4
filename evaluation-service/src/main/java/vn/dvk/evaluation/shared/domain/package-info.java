/**
 * Plain-Java types several features share: indicator units, text normalisation, typed rejections, the committee level
 * rule and per-level settings.
 */
package vn.dvk.evaluation.shared.domain;
