/** Plain-Java types several features share: indicator units, text normalisation, typed rejections, versions. */
package vn.dvk.evaluation.shared.domain;
