/**
 * Helpers that build block-sparse {@link org.jkeops.runtime.Ranges} from point clouds, after
 * KeOps' {@code pykeops.numpy.cluster}: {@link org.jkeops.cluster.Clusters#gridCluster grid
 * clustering}, {@link org.jkeops.cluster.Clusters#sortClusters sorting points by cluster}, cluster
 * ranges and centroids.
 */
package org.jkeops.cluster;
