/**
 * A fictional university's ledger for trying the product out and for tests. Every person is
 * invented. Checked for 2026-2027-1 it is designed to show (test/integration/sampleLedger.test.ts
 * asserts each): a handover that keeps its contact count, a pairing still pending or missed, a
 * figure without a pairing, a 校级 leader without one, a leader who left with a pairing still open,
 * a figure who moved away, an overdue 意见办理, an unregistered suggestion, and a few bad rows.
 */
import { academicYearSemesters } from '../ledger/semesters';
import { SETTING_DEFAULTS } from '../ledger/settings';
import { type LedgerContent, semesterRows } from '../template/ledgerTemplate';

const units = [
  { name: '英语语言文化学院', type: '二级学院', partyOrganisation: '英语语言文化学院党委', liaison: '陈晓' },
  { name: '西方语言文化学院', type: '二级学院', partyOrganisation: '西方语言文化学院党总支', liaison: '李娜' },
  { name: '国际商学院', type: '二级学院', partyOrganisation: '国际商学院党委', liaison: '周宁' },
  { name: '艺术学院', type: '二级学院', partyOrganisation: '艺术学院党总支', liaison: '吴越' },
  { name: '统战部', type: '职能部门', partyOrganisation: '机关党委', liaison: '郑敏' },
];

const leaders = [
  { leaderId: 'L01', name: '王建国', post: '党委书记', level: '校级', unit: '学校党委', status: '在任' },
  { leaderId: 'L02', name: '陈立新', post: '党委副书记、校长', level: '校级', unit: '学校党委', status: '在任' },
  { leaderId: 'L03', name: '刘文华', post: '党委副书记', level: '校级', unit: '学校党委', status: '在任' },
  { leaderId: 'L04', name: '赵明远', post: '党委委员、副校长', level: '校级', unit: '学校党委', status: '在任' },
  { leaderId: 'L05', name: '孙志强', post: '党委委员、副校长', level: '校级', unit: '学校党委', status: '离任', leftOn: '2026-10-15', note: '工作调动' },
  { leaderId: 'L11', name: '周晓梅', post: '党委书记', level: '院级', unit: '英语语言文化学院', status: '在任' },
  { leaderId: 'L12', name: '吴海波', post: '党委副书记', level: '院级', unit: '英语语言文化学院', status: '在任' },
  { leaderId: 'L13', name: '郑丽君', post: '党总支书记', level: '院级', unit: '西方语言文化学院', status: '在任' },
  { leaderId: 'L14', name: '冯涛', post: '党委书记', level: '院级', unit: '国际商学院', status: '在任' },
  { leaderId: 'L15', name: '何静', post: '党总支书记', level: '院级', unit: '艺术学院', status: '在任' },
  { leaderId: 'L16', name: '许强', post: '党委副书记', level: '院级', unit: '国际商学院', status: '离任', leftOn: '2026-09-30' },
];

const figures = [
  { figureId: 'F01', name: '林安', gender: '男', ethnicity: '汉族', unit: '英语语言文化学院', post: '教授', party: '民盟', categories: '政协委员、民主党派负责人', schoolKeyTarget: '是', status: '在职' },
  { figureId: 'F02', name: '黄蕾', gender: '女', ethnicity: '汉族', unit: '国际商学院', post: '教授、系主任', party: '九三学社', categories: '人大代表', schoolKeyTarget: '是', status: '在职' },
  { figureId: 'F03', name: '杨帆', gender: '男', ethnicity: '汉族', unit: '西方语言文化学院', post: '副教授', party: '民进', categories: '民主党派负责人、专业代表人士', schoolKeyTarget: '是', status: '在职' },
  { figureId: 'F04', name: '马丽', gender: '女', ethnicity: '回族', unit: '英语语言文化学院', post: '讲师', party: '无', categories: '少数民族', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F05', name: '朱晨', gender: '男', ethnicity: '汉族', unit: '英语语言文化学院', post: '讲师', party: '无党派人士', categories: '党外青年教师、无党派人士', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F06', name: '胡悦', gender: '女', ethnicity: '汉族', unit: '西方语言文化学院', post: '副教授', party: '民盟', categories: '归国留学、民主党派成员', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F07', name: '高原', gender: '男', ethnicity: '汉族', unit: '国际商学院', post: '副教授', party: '无', categories: '港澳台侨', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F08', name: '罗敏', gender: '女', ethnicity: '汉族', unit: '国际商学院', post: '讲师', party: '民建', categories: '民主党派成员', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F09', name: '梁静', gender: '女', ethnicity: '汉族', unit: '艺术学院', post: '副教授', party: '农工党', categories: '民主党派成员、统战团体负责人', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F10', name: '宋雨', gender: '女', ethnicity: '汉族', unit: '艺术学院', post: '讲师', party: '无', categories: '党外青年教师', schoolKeyTarget: '否', status: '在职' },
  { figureId: 'F11', name: '唐宁', gender: '男', ethnicity: '汉族', unit: '西方语言文化学院', post: '副教授', party: '致公党', categories: '民主党派成员', schoolKeyTarget: '否', status: '调离', note: '2026年8月调离' },
  { figureId: 'F12', name: '韩雪', gender: '女', ethnicity: '满族', unit: '英语语言文化学院', post: '教授', party: '台盟', categories: '民主党派成员、少数民族', schoolKeyTarget: '否', status: '退休' },
  { figureId: 'F13', name: '曹阳', gender: '男', ethnicity: '汉族', unit: '国际商学院', post: '教授', party: '致公党', categories: '专业代表人士、党外青年人才', schoolKeyTarget: '否', status: '在职' },
];

const pairings = [
  { pairingId: 'P01', level: '校级', leaderId: 'L01', leaderName: '王建国', figureId: 'F01', figureName: '林安', unit: '统战部', start: '2026-03-01', filedOn: '2026-03-05' },
  { pairingId: 'P02', level: '校级', leaderId: 'L02', leaderName: '陈立新', figureId: 'F02', figureName: '黄蕾', unit: '统战部', start: '2026-03-01', filedOn: '2026-03-05' },
  { pairingId: 'P03', level: '校级', leaderId: 'L05', leaderName: '孙志强', figureId: 'F03', figureName: '杨帆', unit: '统战部', start: '2026-03-01', end: '2026-10-15', changeReason: '干部离任', filedOn: '2026-03-05' },
  {
    pairingId: 'P04', level: '校级', leaderId: 'L03', leaderName: '刘文华', figureId: 'F03', figureName: '杨帆', unit: '统战部', start: '2026-10-16', filedOn: '2026-10-20',
    handoverNote: '孙志强同志离任，由刘文华同志接续联系杨帆同志；已移交前期联系情况及其关注的青年教师发展问题。',
  },
  { pairingId: 'P11', level: '院级', leaderName: '周晓梅', figureName: '马丽', unit: '英语语言文化学院', start: '2026-03-01', filedOn: '2026-03-10' },
  { pairingId: 'P12', level: '院级', leaderName: '吴海波', figureName: '朱晨', unit: '英语语言文化学院', start: '2026-03-01', filedOn: '2026-03-10' },
  { pairingId: 'P13', level: '院级', leaderId: 'L13', figureId: 'F06', unit: '西方语言文化学院', start: '2026-03-01', filedOn: '2026-03-12' },
  { pairingId: 'P14', level: '院级', leaderId: 'L13', figureId: 'F11', unit: '西方语言文化学院', start: '2026-03-01', filedOn: '2026-03-12' },
  { pairingId: 'P15', level: '院级', leaderId: 'L14', figureId: 'F07', unit: '国际商学院', start: '2026-03-01', filedOn: '2026-03-08' },
  { pairingId: 'P16', level: '院级', leaderId: 'L14', figureId: 'F13', unit: '国际商学院', start: '2026-03-01', filedOn: '2026-03-08' },
  { pairingId: 'P17', level: '院级', leaderId: 'L16', figureId: 'F08', unit: '国际商学院', start: '2026-03-01', filedOn: '2026-03-08' },
  { pairingId: 'P18', level: '院级', leaderId: 'L15', figureId: 'F09', unit: '艺术学院', start: '2026-03-01', filedOn: '2026-03-15' },
];

const contacts = [
  // 2025-2026学年第二学期
  { contactId: 'C2026-001', pairingId: 'P01', date: '2026-03-20', form: '个别谈心', summary: '交流学校“十五五”规划编制思路，听取对外语学科建设的看法。', suggestions: '建议在规划中增加区域国别研究的布局。', filedBy: '郑敏', filedOn: '2026-03-21' },
  { contactId: 'C2026-002', pairingId: 'P02', date: '2026-04-10', form: '座谈研讨', summary: '参加党外人士座谈会，通报学校年度重点工作。', filedBy: '郑敏', filedOn: '2026-04-11' },
  { contactId: 'C2026-003', pairingId: 'P03', date: '2026-05-08', form: '实地走访', summary: '走访西方语言文化学院，了解民进支部活动开展情况。', filedBy: '郑敏', filedOn: '2026-05-09' },
  { contactId: 'C2026-004', leaderName: '周晓梅', figureName: '马丽', date: '2026/4/18', form: '个别谈心', summary: '了解教学科研近况。', filedBy: '陈晓', filedOn: '2026-04-19' },
  { contactId: 'C2026-005', leaderName: '吴海波', figureName: '朱晨', date: '2026年5月20日', form: '线上交流', summary: '交流青年教师职称评审政策。', difficulties: '希望学院提供科研项目申报辅导。', filedBy: '陈晓', filedOn: '2026-05-21' },
  { contactId: 'C2026-006', pairingId: 'P13', date: '2026-06-03', form: '参加活动', summary: '共同参加学院教学研讨活动。', filedBy: '李娜', filedOn: '2026-06-04' },
  { contactId: 'C2026-007', pairingId: 'P15', date: '2026-04-22', form: '个别谈心', summary: '了解港澳台侨学生联络工作情况。', filedBy: '周宁', filedOn: '2026-04-23' },
  { contactId: 'C2026-008', pairingId: 'P16', date: '2026-05-12', form: '邀请参会调研', summary: '邀请参加学院学科建设调研会。', filedBy: '周宁', filedOn: '2026-05-13' },
  { contactId: 'C2026-009', pairingId: 'P17', date: '2026-06-15', form: '个别谈心', summary: '了解民建支部工作和个人发展打算。', filedBy: '周宁', filedOn: '2026-06-16' },
  { contactId: 'C2026-010', pairingId: 'P18', date: '2026-03-30', form: '实地走访', summary: '走访艺术学院工作室。', filedBy: '吴越', filedOn: '2026-03-31' },
  // 2026-2027学年第一学期
  { contactId: 'C2026-011', pairingId: 'P01', date: '2026-09-10', form: '节日走访慰问', summary: '教师节走访慰问，交流学校国际化办学思路。', filedBy: '郑敏', filedOn: '2026-09-11' },
  { contactId: 'C2026-012', pairingId: 'P02', date: '2026-10-28', form: '座谈研讨', summary: '座谈听取对人才培养方案修订的意见。', suggestions: '建议增加跨学科实践课程学分。', filedBy: '郑敏', filedOn: '2026-10-29' },
  { contactId: 'C2026-013', pairingId: 'P03', date: '2026-09-20', form: '个别谈心', summary: '交流民进支部下半年工作安排；告知即将工作调整，做好交接。', note: '离任前最后一次联系', filedBy: '郑敏', filedOn: '2026-09-21' },
  { contactId: 'C2026-014', leaderName: '周晓梅', figureName: '马丽', date: '2026-11-05', form: '困难慰问', summary: '看望生病住院的家属，转达学院关心。', difficulties: '家属长期住院，希望协调工作量安排。', filedBy: '陈晓', filedOn: '2026-11-06' },
  { contactId: 'C2026-015', pairingId: 'P13', date: '2026-10-09', form: '实地走访', summary: '走访了解出国访学归来后的工作安排。', filedBy: '李娜', filedOn: '2026-10-10' },
  { contactId: 'C2026-016', pairingId: 'P15', date: '2026-11-12', form: '线上交流', summary: '线上交流港澳籍学生关爱工作。', filedBy: '周宁', filedOn: '2026-11-12' },
  { contactId: 'C2026-017', pairingId: 'P16', date: '2026-10-15', form: '个别谈心', summary: '交流专业建设与校企合作。', suggestions: '建议学校设立校企合作专项经费。', filedBy: '周宁', filedOn: '2026-10-16' },
  { contactId: 'C2026-018', pairingId: 'P18', date: '2026-12-02', form: '喝茶聊天', summary: '交流艺术展演筹备。', filedBy: '吴越', filedOn: '2026-12-03' },
  { contactId: 'C2026-019', leaderName: '吴海波', figureName: '朱成', date: '2026-12-10', form: '个别谈心', summary: '交流课程思政建设。', filedBy: '陈晓', filedOn: '2026-12-11' },
  { contactId: 'C2027-001', pairingId: 'P18', date: '2027-02-10', form: '节日走访慰问', summary: '春节走访慰问。', note: '预先登记的走访计划', filedBy: '吴越', filedOn: '2027-01-15' },
];

const followUps = [
  { itemId: 'Y2026-01', sourceContactId: 'C2026-001', type: '意见建议', content: '规划中增加区域国别研究布局', department: '发展规划处', assignedOn: '2026-03-25', dueOn: '2026-04-25', status: '已办结', result: '已纳入规划征求意见稿。', answeredOn: '2026-04-20', rating: '满意' },
  { itemId: 'Y2026-02', sourceContactId: 'C2026-005', type: '困难诉求', content: '青年教师科研项目申报辅导', department: '科研处', assignedOn: '2026-05-25', status: '已答复', result: '已安排申报辅导讲座两场。', answeredOn: '2026-06-20', rating: '基本满意' },
  { itemId: 'Y2026-03', sourceContactId: 'C2026-012', type: '意见建议', content: '人才培养方案增加跨学科实践课程学分', department: '教务处', assignedOn: '2026-11-02', dueOn: '2026-12-15', status: '办理中' },
  { itemId: 'Y2026-04', sourceContactId: 'C2026-014', type: '困难诉求', content: '协调家属住院期间的工作量安排', department: '人事处', assignedOn: '2026-11-08', status: '已交办' },
];

/** The sample ledger's rows, keyed by sheet name as `ledgerTemplate` takes them. */
export function sampleLedgerContent(): LedgerContent {
  return {
    设置: SETTING_DEFAULTS.map((entry) => ({ key: entry.key, value: entry.value, note: entry.note })),
    学期: semesterRows([2025, 2026, 2027].flatMap((year) => academicYearSemesters(year))),
    单位: units,
    领导干部: leaders,
    党外代表人士: figures,
    结对关系: pairings,
    联系记录: contacts,
    意见办理: followUps,
  };
}
