/**
 * What staff and residents write at each step of a case, beyond the real texts of the messages
 * and the official replies: first responses, escalation and return reasons, progress notes,
 * joint-handling shares and reports, rating comments. Short, plain, the register of a city
 * service desk.
 */

export const firstResponses = [
  (unit: string) => `您好，${unit}已收到您反映的问题，正在安排人员核实处理，请保持电话畅通。`,
  (unit: string) => `${unit}已签收工单，工作人员将尽快到现场了解情况，处理进展会及时告知您。`,
  (unit: string) => `您反映的情况${unit}已登记，已联系相关责任人核实，请耐心等待处理结果。`,
  () => `已收到，网格员将当天上门了解具体情况。`,
];

export const escalationReasons = {
  grid: ['涉及小区公共区域和多方责任，网格内无法独立解决，提请社区协调。', '需协调物业及相关单位处理，提请社区统筹。', '网格员已现场核实，问题超出网格处置能力，上报社区。'],
  community: ['涉及执法和多个部门职责，社区层面无法解决，提请街道协调。', '需街道协调执法力量和相关站办所处理，社区无法解决。', '社区已多次协调未果，提请街道管理中心处理。'],
  street: ['涉及市直部门职责，街道无法解决，提请指挥中心协调相关部门。', '问题涉及多个部门，需市级层面统筹，提请指挥中心派单。', '街道已协调相关站所，仍需市直部门依职责处理。'],
  property: ['涉及物业服务合同之外的事项，提请上级单位协调。'],
  department: ['涉及其他部门职责，提请指挥中心协调。'],
} as const;

export const automaticEscalationReason = '超过签收时限未签收，系统自动上报。';

export const dispatchNotes = [
  '请按职责核实处理，并在规定时限内答复群众。',
  '请于3个工作日内核实处理并上传办理材料。',
  '群众反映较急，请优先处理并及时反馈。',
];

export const returnReasons = [
  (wrong: string, right: string) => `该事项不属于${wrong}职责范围，建议转${right}办理。`,
  (wrong: string, right: string) => `经核实，该诉求应由${right}负责，${wrong}无管辖权限，申请退单。`,
];

export const propertyReturnReasons = ['该楼栋不在本公司物业服务合同范围内，申请退回。', '该问题属于公共设施，不在本公司服务范围，申请退单。'];

export const returnUpheldNotes = ['同意退单，已改派。', '退单理由成立。'];

export const returnRejectedNotes = [
  '经核实该事项属于贵单位职责范围，请按要求办理。',
  '根据职责清单，该事项由贵单位负责，退单不予支持，请尽快办理。',
];

export const progressNotes = [
  '已现场查看，正在协调施工人员进场处理。',
  '已约谈相关责任人，督促限期整改。',
  '已联系居民电话沟通，约定上门时间。',
  '已安排维修人员，预计近两日完成。',
  '已调取相关资料，正在核实具体情况。',
];

export const holdReasons = [
  '请补充问题的具体位置（楼号、单元）和现场照片，以便核实处理。',
  '请提供相关证明材料复印件，以便核实办理。',
  '联系电话多次无法接通，请告知方便联系的时间。',
];

export const resumeNotes = ['已补充具体位置和现场照片。', '材料已提交。', '已回复，白天均可联系。'];

export const jointShares = {
  department: ['按职责核查并依法处置职责范围内的问题。', '负责政策解释和行业监管，督促责任单位整改。', '负责现场执法检查并出具处理意见。'],
  street: ['牵头协调属地，督促现场整改并做好群众工作。', '负责属地协调和整改后的复查。'],
  community: ['做好入户走访、情况摸排和居民沟通。', '配合现场整改，做好群众解释工作。'],
  property: ['配合做好小区内现场整改和业主沟通。', '负责小区公共部位的维修和日常管理。'],
} as const;

export const partReports = [
  '已完成职责范围内的核查和处置，整改材料已上传。',
  '已现场检查并下达整改通知，责任方已按期整改完毕。',
  '已做好政策解释和群众沟通工作，相关情况已书面反馈。',
];

export const jointOverrideReason = '联席会议确认未报部分已在现场会上落实，经指挥中心同意先行办结。';

export const jointDecisions = (lead: string, coUnits: string[]) =>
  `明确由${lead}牵头办理，${coUnits.join('、')}按职责分工配合，限期办结并向群众反馈。`;

export const followUpReplies = [
  (unit: string) => `经${unit}再次上门核实，已督促责任方按您的意见完成整改，现场已复查。如仍有问题请随时反映。`,
  (unit: string) => `针对您的再次反映，${unit}已重新调查处理，问题已解决，处理情况已电话告知您。`,
  (unit: string) => `${unit}已会同相关单位再次处理，整改结果已拍照存档，欢迎您监督。`,
];

export const ratingComments = {
  satisfied: ['处理及时，非常满意。', '感谢工作人员的耐心解答。', '问题已经解决了，谢谢！', null, null, null],
  basically_satisfied: ['问题基本解决，希望后续继续跟进。', '处理得还可以，就是时间有点长。', null],
  unsatisfied: ['问题没有彻底解决。', '答复与实际情况不符，现场还是老样子。', '只回了电话，没有人来现场处理。'],
} as const;

export const closingNotes = { staff: '群众已评价，办结归档。', automatic: '评价期满，系统自动办结。' } as const;

export const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '曲', '姜', '隋', '丛', '栾', '孔'];

export const givenNames = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '志强', '玉兰', '海燕', '振利', '连风', '金凤'];
