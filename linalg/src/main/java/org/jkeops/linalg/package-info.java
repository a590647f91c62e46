/** Kernel reductions as linear operators (eigensolvers, conjugate gradient). Empty in this release. */
package org.jkeops.linalg;
