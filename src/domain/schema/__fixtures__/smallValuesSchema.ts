import type { JSONSchemaProps } from '../../../k8s/types';

/** A small values schema shaped like the Istio one: nested objects, lists, maps, enums. */
export const smallValuesSchema: JSONSchemaProps = {
  type: 'object',
  properties: {
    pilot: {
      type: 'object',
      description: 'Configuration for the control plane. It runs istiod.',
      properties: {
        autoscaleEnabled: {
          type: 'boolean',
          description: 'Enables the horizontal pod autoscaler. Defaults to true.',
          default: true,
        },
        autoscaleMax: { type: 'integer', description: 'Maximum number of replicas.' },
        cpu: {
          type: 'object',
          description: 'Target CPU utilization.\n\nDeprecated: Marked as deprecated in values.',
          properties: { targetAverageUtilization: { type: 'integer' } },
        },
        env: {
          type: 'object',
          description: 'Environment variables for istiod.',
          additionalProperties: { type: 'string', description: 'A variable value.' },
        },
        envVarFrom: {
          type: 'array',
          description: 'Variables taken from other sources.',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string', description: 'Name of the variable.' },
              value: { type: 'string' },
            },
          },
        },
        ipFamilies: {
          type: 'array',
          items: { type: 'string', enum: ['IPv4', 'IPv6'] },
        },
        port: {
          'x-kubernetes-int-or-string': true,
          anyOf: [{ type: 'integer' }, { type: 'string' }],
          description: 'Port of the service.',
        },
      },
    },
    meshConfig: {
      type: 'object',
      properties: {
        accessLogFile: {
          type: 'string',
          description:
            'File address for the proxy access log (e.g. /dev/stdout).\nEmpty value disables access logging.',
        },
        accessLogEncoding: {
          type: 'string',
          enum: ['TEXT', 'JSON'],
          default: 'TEXT',
          description: 'Encoding for the proxy access log.',
        },
        outboundTrafficPolicy: {
          type: 'object',
          properties: {
            mode: {
              type: 'string',
              enum: ['REGISTRY_ONLY', 'ALLOW_ANY'],
              description: 'How outbound traffic is handled.\nALLOW_ANY lets it out.',
            },
          },
        },
        extensionProviders: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              zipkin: {
                type: 'object',
                properties: {
                  service: { type: 'string' },
                  port: { type: 'integer', description: 'Port of the Zipkin service.' },
                },
              },
            },
          },
        },
        tracing: {
          type: 'object',
          properties: {
            customTags: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                properties: {
                  literal: { type: 'object', properties: { value: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
    global: {
      type: 'object',
      properties: {
        logAsJson: { type: 'boolean' },
        switch: { type: 'string', enum: ['on', 'off', 'true', '1.0', 'plain'] },
      },
    },
    experimental: {
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      description: 'Experimental features.',
    },
  },
};
