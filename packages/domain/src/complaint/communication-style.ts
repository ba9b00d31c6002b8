/**
 * The customer's communication style, read in the six-step method's "explore the customer's mindset"
 * step (探心態) beside the motive (domain.md, "After the case"), with the handling tips for each style.
 */
export const COMMUNICATION_STYLES = ['analytical', 'amiable', 'expressive', 'driver'] as const
export type CommunicationStyle = (typeof COMMUNICATION_STYLES)[number]

type Label = { zh: string; en: string }

export const COMMUNICATION_STYLE_LABELS: Record<CommunicationStyle, Label> = {
  analytical: { zh: '分析型', en: 'Analytical' },
  amiable: { zh: '和蔼型', en: 'Amiable' },
  expressive: { zh: '表现型', en: 'Expressive' },
  driver: { zh: '支配型', en: 'Driver' },
}

/** How to handle a customer of each style: the handler reads these while talking to them. */
export const COMMUNICATION_STYLE_TIPS: Record<CommunicationStyle, Label> = {
  analytical: {
    zh: '严肃认真、讲逻辑、有计划：用事实和数据说话，条理清楚，给出书面的处理计划。',
    en: 'Serious, logical, planned: speak with facts and figures, in order, and give a written plan.',
  },
  amiable: {
    zh: '重视关系：态度友善，多询问，多赞美，保持微笑。',
    en: 'Values the relationship: be friendly, ask, praise, smile.',
  },
  expressive: {
    zh: '直接、热情、讲效率：坦率回应，热情相待，尽快拿出结果。',
    en: 'Direct, warm, efficient: answer openly, be warm, get to a result quickly.',
  },
  driver: {
    zh: '回答精确，务实，说明目的，提前计划。',
    en: 'Answer precisely, be practical, state the purpose, plan ahead.',
  },
}

/** The tips for a style, or none when the style was not read. */
export const communicationTips = (style: CommunicationStyle | null): Label | null =>
  style === null ? null : COMMUNICATION_STYLE_TIPS[style]
