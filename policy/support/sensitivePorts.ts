/**
 * Ports that must never be open to the internet, with the service behind each. Drawn from the
 * rule sets these checks are translated from: Checkov CKV_ALI_2/CKV_ALI_3 (22, 3389), Alibaba
 * InfraGuard sg-risky-ports-check (22, 23, 1433, 3306, 3389, 5432, 6379, 27017) and KICS
 * public_security_group_rule_sensitive_port (its tcpPortsMap). KICS's ports for services that are
 * meant to be public are left out: SMTP 25, DNS 53, HTTP 80/8000/8080, HTTPS 443 and 3000 (common
 * web-app ports), so a web tier can serve them.
 */
export const sensitivePortServices: Readonly<Record<number, string>> = {
    20: "FTP data",
    21: "FTP",
    22: "SSH",
    23: "Telnet",
    110: "POP3",
    135: "Windows RPC",
    137: "NetBIOS name",
    138: "NetBIOS datagram",
    139: "NetBIOS session",
    161: "SNMP",
    389: "LDAP",
    445: "SMB",
    636: "LDAPS",
    1433: "SQL Server",
    1434: "SQL Server browser",
    1521: "Oracle",
    1522: "Oracle",
    2375: "Docker API",
    2376: "Docker API (TLS)",
    2382: "SQL Server Analysis",
    2383: "SQL Server Analysis",
    2483: "Oracle (TLS)",
    2484: "Oracle (TLS)",
    3020: "CIFS",
    3306: "MySQL",
    3389: "RDP",
    4333: "mSQL",
    4505: "SaltStack",
    4506: "SaltStack",
    5432: "PostgreSQL",
    5500: "VNC listener",
    5601: "Kibana",
    5900: "VNC",
    5985: "WinRM",
    5986: "WinRM (TLS)",
    6379: "Redis",
    7000: "Cassandra internode",
    7001: "Cassandra (TLS)",
    7199: "Cassandra JMX",
    8020: "HDFS NameNode",
    8140: "Puppet",
    8888: "Cassandra OpsCenter",
    9000: "Hadoop NameNode",
    9042: "Cassandra",
    9090: "web consoles (WebSM, Prometheus)",
    9160: "Cassandra Thrift",
    9200: "Elasticsearch",
    9300: "Elasticsearch transport",
    11211: "Memcached",
    11214: "Memcached (TLS)",
    11215: "Memcached (TLS)",
    27017: "MongoDB",
    27018: "MongoDB",
    50070: "HDFS web UI",
    50470: "HDFS web UI (TLS)",
    61620: "Cassandra OpsCenter",
    61621: "Cassandra OpsCenter",
};

/** The default sensitive ports, ascending. */
export const defaultSensitivePorts: readonly number[] = Object.keys(sensitivePortServices).map(Number);

/** "22 (SSH)", or just "8081" for a configured port without a known service. */
export function describePort(port: number): string {
    const service = sensitivePortServices[port];
    return service === undefined ? String(port) : `${port} (${service})`;
}

/** The `ports` setting both security-group port policies accept, with its default. */
export const sensitivePortsSchema = {
    properties: {
        ports: {
            type: "array",
            items: { type: "integer", minimum: 1, maximum: 65535 },
            default: [...defaultSensitivePorts],
            description: "Ports that must never be open to the internet (administration, file sharing, databases, caches, cluster internals).",
        },
    },
} as const;

/** The configured ports, else the default list. */
export function configuredPorts(config: { ports?: number[] }): readonly number[] {
    return config.ports ?? defaultSensitivePorts;
}
