/**
 * The learning centre's shared words (the teaching-case library, one case, the similar-cases panel),
 * zh-CN first; the admin and dealer apps merge them under `learning`.
 */
export const learningCommonZh = {
  library: {
    title: '教学案例库',
    subtitle: '总部发布的真实案例（已匿名）：按原因、配件、客户类型查找，看别人怎么做、学到了什么',
    search: '搜索案例文字或配件',
    cause: '抱怨原因',
    part: '配件编号',
    customerType: '客户类型',
    empty: '没有符合条件的教学案例',
    open: '查看',
  },
  cols: {
    title: '标题',
    cause: '原因',
    part: '配件',
    customerType: '客户类型',
    style: '沟通风格',
    published: '发布时间',
  },
  view: {
    story: '案例经过',
    actions: '处理做法',
    lessons: '处理人的心得',
    mindsets: '客户心态',
    style: '沟通风格',
    noPart: '不涉及具体配件',
    back: '返回案例库',
    missing: '没有找到这个教学案例（可能已撤回）',
  },
  similar: {
    title: '相似教学案例',
    hint: '同原因、同配件的已发布案例，供处理参考',
    empty: '暂无相似的教学案例',
    failed: '相似案例读取失败',
  },
}

export const learningCommonEn: typeof learningCommonZh = {
  library: {
    title: 'Teaching case library',
    subtitle:
      'Real cases published by HQ (anonymised): find them by cause, part and customer type, see what was done and what was learned',
    search: 'Search the text or a part',
    cause: 'Cause',
    part: 'Part code',
    customerType: 'Customer type',
    empty: 'No teaching case matches',
    open: 'Open',
  },
  cols: {
    title: 'Title',
    cause: 'Cause',
    part: 'Part',
    customerType: 'Customer type',
    style: 'Communication style',
    published: 'Published',
  },
  view: {
    story: 'What happened',
    actions: 'What was done',
    lessons: 'What the handler learned',
    mindsets: "Customer's mindset",
    style: 'Communication style',
    noPart: 'No particular part',
    back: 'Back to the library',
    missing: 'This teaching case was not found (it may have been withdrawn)',
  },
  similar: {
    title: 'Similar teaching cases',
    hint: 'Published cases of the same cause or part, for reference',
    empty: 'No similar teaching case yet',
    failed: 'Could not load similar cases',
  },
}
