/**
 * A small evaluator of Kubernetes NetworkPolicy semantics (networking.k8s.io/v1), enough to answer
 * "may pod A open TCP port P on pod B?" for the rendered manifests:
 * - a pod selected by no policy of a direction is open in that direction;
 * - a pod selected by at least one policy whose policyTypes include the direction admits only what
 *   the union of those policies' rules admits;
 * - peers: podSelector (policy namespace), namespaceSelector (+ optional podSelector), ipBlock
 *   (treated as "outside the cluster", which pods never are); an empty/absent `from`/`to` is any peer;
 * - ports: number or named container port of the destination; absent ports = all ports.
 */
import { matchesSelector, type K8sObject } from './manifests.js';

export interface Pod {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  /** Named container ports (for policies that name a port). */
  namedPorts?: Record<string, number>;
}

type Selector = Parameters<typeof matchesSelector>[1];

interface Peer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string };
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: Array<{ port?: number | string; endPort?: number; protocol?: string }>;
}

interface PolicySpec {
  podSelector: Selector;
  policyTypes?: string[];
  ingress?: Rule[];
  egress?: Rule[];
}

export class NetworkPolicyModel {
  private readonly policies: Array<{ namespace: string; spec: PolicySpec }>;
  private readonly namespaceLabels: Map<string, Record<string, string>>;

  constructor(objects: K8sObject[]) {
    this.policies = objects
      .filter((object) => object.kind === 'NetworkPolicy')
      .map((object) => ({
        namespace: object.metadata.namespace ?? 'default',
        spec: object.spec as PolicySpec,
      }));
    this.namespaceLabels = new Map();
    for (const object of objects.filter((candidate) => candidate.kind === 'Namespace')) {
      this.namespaceLabels.set(object.metadata.name, {
        ...object.metadata.labels,
        'kubernetes.io/metadata.name': object.metadata.name,
      });
    }
  }

  private labelsOfNamespace(namespace: string): Record<string, string> {
    return this.namespaceLabels.get(namespace) ?? { 'kubernetes.io/metadata.name': namespace };
  }

  private policyTypes(spec: PolicySpec): string[] {
    if (spec.policyTypes) return spec.policyTypes;
    // API default: Ingress always, Egress when egress rules are present.
    return spec.egress ? ['Ingress', 'Egress'] : ['Ingress'];
  }

  private peerMatches(peer: Peer, policyNamespace: string, pod: Pod): boolean {
    if (peer.ipBlock) return false;
    if (peer.namespaceSelector) {
      if (!matchesSelector(this.labelsOfNamespace(pod.namespace), peer.namespaceSelector)) return false;
      return peer.podSelector ? matchesSelector(pod.labels, peer.podSelector) : true;
    }
    if (pod.namespace !== policyNamespace) return false;
    return matchesSelector(pod.labels, peer.podSelector);
  }

  private portMatches(rule: Rule, port: number, destination: Pod): boolean {
    if (!rule.ports || rule.ports.length === 0) return true;
    return rule.ports.some((entry) => {
      if ((entry.protocol ?? 'TCP') !== 'TCP') return false;
      if (entry.port === undefined) return true;
      const number = typeof entry.port === 'number' ? entry.port : destination.namedPorts?.[entry.port];
      if (number === undefined) return false;
      return entry.endPort !== undefined ? port >= number && port <= entry.endPort : port === number;
    });
  }

  private directionAllows(
    direction: 'Ingress' | 'Egress',
    subject: Pod,
    peer: Pod,
    port: number,
    destination: Pod,
  ): boolean {
    const selecting = this.policies.filter(
      (policy) =>
        policy.namespace === subject.namespace &&
        this.policyTypes(policy.spec).includes(direction) &&
        matchesSelector(subject.labels, policy.spec.podSelector),
    );
    if (selecting.length === 0) return true;
    return selecting.some((policy) => {
      const rules = (direction === 'Ingress' ? policy.spec.ingress : policy.spec.egress) ?? [];
      return rules.some((rule) => {
        const peers = direction === 'Ingress' ? rule.from : rule.to;
        const peerOk =
          !peers ||
          peers.length === 0 ||
          peers.some((candidate) => this.peerMatches(candidate, policy.namespace, peer));
        return peerOk && this.portMatches(rule, port, destination);
      });
    });
  }

  /** Whether `source` may open a TCP connection to `destination` on `port`. */
  allows(source: Pod, destination: Pod, port: number): boolean {
    return (
      this.directionAllows('Egress', source, destination, port, destination) &&
      this.directionAllows('Ingress', destination, source, port, destination)
    );
  }
}
