/**
 * The customer's communication style, read in the six-step method's "explore the customer's mindset"
 * step (探心態) beside the motive (domain.md, "After the case"), with the handling tips for each style.
 */
export const COMMUNICATION_STYLES = ['analytical', 'amiable', 'expressive', 'driver'] as const
export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number]

type Label = { zh: string; en: string }

export const COMMUNICATION_STYLE_LABELS: Record<CommunicationStyle, Label> = {
  analytical: { zh: '分析型', en: 'Analytical' },
  amiable: { zh: '亲和型', en: 'Amiable' },
  expressive: { zh: '表现型', en: 'Expressive' },
  driver: { zh: '支配型', en: 'Driver' },
}

/** How to handle a customer of each style: the handler reads these while talking to them. */
export const COMMUNICATION_STYLE_TIPS: Record<CommunicationStyle, Label> = {
  analytical: {
    zh: '严肃认真、讲逻辑、有计划：用事实和数据说话，条理清楚，给出书面的详细说明和处理计划。',
    en: 'Serious, logical, planned: give facts and figures in order, with the details and the plan in writing.',
  },
  amiable: {
    zh: '重视关系：态度友善，多询问，多赞美，保持微笑；耐心安抚，让客户感到被个别关照。',
    en: 'Values the relationship: be friendly, ask, praise, smile; reassure patiently and make it personal.',
  },
  expressive: {
    zh: '直接、热情、讲效率：先听完客户的经历，热情回应，讲清处理后的前景，尽快拿出结果。',
    en: 'Direct, warm, efficient: hear the whole story, respond warmly, show where it leads and get to a result quickly.',
  },
  driver: {
    zh: '回答精确，务实，说明目的，提前计划：简明扼要，给出几个方案，请客户做决定。',
    en: 'Answer precisely, be practical, state the purpose, plan ahead: be brief, give options and let the customer decide.',
  },
}

/** The tips for a style, or none when the style was not read. */
export const communicationTips = (style: CommunicationStyle | null): Label | null =>
  style === null ? null : COMMUNICATION_STYLE_TIPS[style]
