package chainsim.client;

/** What a client does in a month that someone else must act on. */
public interface ClientEvents {
  /** The client signs a follow-on order (a repeat or a cross-sell) with its owner. */
  void followOnOrder(int firm, int owner, int product, boolean repeat);

  /** The client raises a complaint with its owner, general or serious. */
  void complaint(int firm, int owner, boolean serious);

  /** The client's agent takes it solo (跑单): its owner stops billing it. */
  void leaked(int firm, int owner);
}
