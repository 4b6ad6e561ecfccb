package chainsim.cluster;

/**
 * Marks the messages that cross the network: the configuration binds it to Pekko's Jackson CBOR
 * serializer (Java serialization is off).
 */
public interface ClusterMessage {}
