import { type HandoverPlan, handoverPlan, type HandoverRequest } from '../../../src/core/handover/handoverPlan';
import type { FailureKind } from '../../../src/core/failures';
import type { LocalDate } from '../../../src/core/localDate';
import type { RawWorkbook } from '../../../src/core/rawWorkbook';
import type { CellSpec } from '../../../src/core/sheet/sheetSpec';
import { baseContent, rawLedger, readOrThrow } from '../../support/rawLedger';

/**
 * 交接 as a plan (SPEC §4 handover): which cells change, which pairings are added, what the 交接单
 * says, and every refusal. The ledger: 院级 leader 张三 (L01) paired with 李四 (P01) and 周八 (P02),
 * a third pairing with 吴九 who has moved away (P03); successors 王五 (院级), 赵六 (校级), 钱七 (离任).
 * Rows: leaders L01–L04 on rows 2–5, figures F01–F03 on rows 2–4, pairings P01–P03 on rows 2–4.
 */
type Row = Record<string, string | undefined>;
const TODAY = '2027-01-20' as LocalDate;
const ON = '2026-11-30' as LocalDate;

const SEMESTERS: Row[] = [
  { semesterId: '2025-2026-2', name: '2025-2026学年第二学期', start: '2026-03-01', end: '2026-08-31' },
  { semesterId: '2026-2027-1', name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-02-28' },
];
const LEADERS: Row[] = [
  { leaderId: 'L01', name: '张三', post: '党委副书记', level: '院级', unit: '英语学院', status: '在任' },
  { leaderId: 'L02', name: '王五', post: '党委书记', level: '院级', unit: '英语学院', status: '在任' },
  { leaderId: 'L03', name: '赵六', post: '副校长', level: '校级', unit: '学校党委', status: '在任' },
  {
    leaderId: 'L04',
    name: '钱七',
    post: '原副书记',
    level: '院级',
    unit: '英语学院',
    status: '离任',
    leftOn: '2026-06-30',
  },
];
const FIGURES: Row[] = [
  { figureId: 'F01', name: '李四', unit: '英语学院', post: '教授', status: '在职' },
  { figureId: 'F02', name: '周八', unit: '英语学院', post: '讲师', status: '在职' },
  { figureId: 'F03', name: '吴九', unit: '英语学院', post: '讲师', status: '调离' },
];
const PAIRINGS: Row[] = [
  { pairingId: 'P01', level: '院级', leaderId: 'L01', figureId: 'F01', unit: '英语学院', start: '2026-03-01' },
  { pairingId: 'P02', level: '院级', leaderId: 'L01', figureId: 'F02', start: '2026-03-01' },
  { pairingId: 'P03', level: '院级', leaderId: 'L01', figureId: 'F03', start: '2026-03-01' },
];
const CONTACTS: Row[] = [
  {
    contactId: 'C01',
    pairingId: 'P01',
    date: '2026-10-10',
    form: '个别谈心',
    summary: '交流教学',
    suggestions: '增加经费',
  },
  { contactId: 'C02', pairingId: 'P02', date: '2026-05-06', form: '实地走访', summary: '走访实验室' },
];
const FOLLOW_UPS: Row[] = [
  {
    itemId: 'Y01',
    sourceContactId: 'C01',
    type: '意见建议',
    content: '增加教学经费',
    department: '财务处',
    assignedOn: '2026-10-12',
    dueOn: '2026-12-20',
    status: '已交办',
  },
  {
    itemId: 'Y02',
    sourceContactId: 'C01',
    type: '意见建议',
    content: '已办的事',
    department: '教务处',
    status: '已办结',
  },
];

interface Tables {
  leaders?: Row[];
  figures?: Row[];
  pairings?: Row[];
  contacts?: Row[];
}

function ledgerOf(tables: Tables = {}): { raw: RawWorkbook; ledger: ReturnType<typeof readOrThrow>['ledger'] } {
  const raw = rawLedger(
    baseContent({
      学期: SEMESTERS,
      领导干部: tables.leaders ?? LEADERS,
      党外代表人士: tables.figures ?? FIGURES,
      结对关系: tables.pairings ?? PAIRINGS,
      联系记录: tables.contacts ?? CONTACTS,
      意见办理: FOLLOW_UPS,
    }),
  );
  return { raw, ledger: readOrThrow(raw).ledger };
}

function plan(request: HandoverRequest, tables: Tables = {}, sheetNames: string[] = []) {
  const { raw, ledger } = ledgerOf(tables);
  return handoverPlan(raw, ledger, request, { today: TODAY, sheetNames });
}

function planned(request: HandoverRequest, tables: Tables = {}, sheetNames: string[] = []): HandoverPlan {
  const result = plan(request, tables, sheetNames);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The edits as 'sheet row header: before → after'. */
const editsOf = (result: HandoverPlan): string[] =>
  result.edits.map(({ sheet, row, header, before, cell }) => {
    const after = cell.kind === 'date' ? cell.date : cell.kind === 'text' ? cell.text : cell.kind;
    return `${sheet} ${row} ${header}: ${before} → ${after}`;
  });

/** Every text of the 交接单, in order. */
const sheetTexts = (result: HandoverPlan): string[] =>
  result.sheet.cells.flatMap((cell: CellSpec) => (cell.content?.kind === 'text' ? [cell.content.text] : []));

const leader = (extra: Partial<Extract<HandoverRequest, { kind: 'leader' }>> = {}): HandoverRequest => ({
  kind: 'leader',
  leader: '张三',
  on: ON,
  successor: '王五',
  ...extra,
});

describe('a leader leaving, with a successor', () => {
  test('the leader becomes 离任 on the day; each pairing active that day ends on it, reason 干部离任', () => {
    expect(editsOf(planned(leader()))).toEqual([
      '领导干部 2 状态: 在任 → 离任',
      '领导干部 2 离任日期:  → 2026-11-30',
      '结对关系 2 结束日期:  → 2026-11-30',
      '结对关系 2 变更原因:  → 干部离任',
      '结对关系 3 结束日期:  → 2026-11-30',
      '结对关系 3 变更原因:  → 干部离任',
      '结对关系 4 结束日期:  → 2026-11-30',
      '结对关系 4 变更原因:  → 干部离任',
    ]);
  });

  test('each figure still 在职 gets a new pairing from the next day, numbered after the last, with the 交接说明', () => {
    expect(planned(leader()).newPairings).toEqual([
      {
        pairingId: 'P04',
        level: '院级',
        leaderId: 'L02',
        leaderName: '王五',
        figureId: 'F01',
        figureName: '李四',
        unit: '英语学院',
        start: '2026-12-01',
        handoverNote: '张三同志离任，由王五同志接续联系李四同志。',
      },
      expect.objectContaining({ pairingId: 'P05', figureName: '周八', unit: '英语学院', start: '2026-12-01' }),
    ]);
  });

  test('--reason replaces 干部离任, and is added after what a 变更原因 cell already says', () => {
    const pairings = [{ ...PAIRINGS[0], changeReason: '拟调整' }, PAIRINGS[1] as Row];
    const edits = editsOf(planned(leader({ reason: '工作调动' }), { pairings }));
    expect(edits).toContain('结对关系 2 变更原因: 拟调整 → 拟调整；工作调动');
    expect(edits).toContain('结对关系 3 变更原因:  → 工作调动');
  });

  test('a successor per pairing: another one for P02, none (end only) for P01', () => {
    const result = planned(leader({ successor: undefined, successorByPairing: { p01: null, P02: '王五' } }));
    expect(result.newPairings.map((row) => [row.pairingId, row.figureName])).toEqual([['P04', '周八']]);
    expect(result.handovers.map(({ pairing, successor }) => [pairing.id, successor?.leader.name])).toEqual([
      ['P01', undefined],
      ['P02', '王五'],
      ['P03', undefined],
    ]);
  });

  test('a pairing that ended before the day, or ends on it already, is left alone', () => {
    const pairings = [
      { ...PAIRINGS[0], end: '2026-06-30', changeReason: '调整' },
      { ...PAIRINGS[1], end: ON, changeReason: '干部离任' },
    ];
    const result = planned(leader(), { pairings: pairings as Row[] });
    expect(result.handovers).toEqual([]);
    expect(editsOf(result)).toEqual(['领导干部 2 状态: 在任 → 离任', '领导干部 2 离任日期:  → 2026-11-30']);
  });

  test('a leader already recorded 离任 on the day, with nothing open, needs no change at all', () => {
    const leaders = [{ ...LEADERS[0], status: '离任', leftOn: ON }, ...LEADERS.slice(1)] as Row[];
    const pairings = [{ ...PAIRINGS[0], end: ON }] as Row[];
    const result = planned(leader(), { leaders, pairings });
    expect(result.edits).toEqual([]);
    expect(result.newPairings).toEqual([]);
  });

  test('the 交接单: title, who leaves, per pairing the figure, unit, start, last contact, this year’s contacts, open items, notes, signatures', () => {
    const result = planned(leader());
    expect(result.sheet.name).toBe('交接单-张三');
    const texts = sheetTexts(result);
    expect(texts[0]).toBe('测试学院联谊交友工作交接单');
    expect(texts).toContain('交接日期：2026年11月30日\u3000\u3000交接原因：干部离任');
    expect(texts).toContain('张三（英语学院 党委副书记）');
    // P01: 李四, last contact C01, one contact this year, the open item Y01 (not the closed Y02).
    const p01 = texts.slice(
      texts.findIndex((t) => t.startsWith('1. 结对 P01')),
      texts.findIndex((t) => t.startsWith('2. 结对 P02')),
    );
    expect(p01).toEqual(
      expect.arrayContaining([
        '李四',
        '英语学院',
        '2026年3月1日',
        '2026年10月10日',
        '1 次（2026-2027学年）',
        '王五（P04）',
        'Y01：增加教学经费（承办部门：财务处；期限：2026年12月20日）',
      ]),
    );
    expect(p01.join('\n')).not.toContain('Y02');
    expect(p01.find((t) => t.startsWith('自2026年12月1日起由王五同志接续联系'))).toBeDefined();
    // P02: its last contact is of the previous academic year: none this year, none open.
    const p02 = texts.slice(texts.findIndex((t) => t.startsWith('2. 结对 P02')));
    expect(p02).toEqual(expect.arrayContaining(['周八', '2026年5月6日', '0 次（2026-2027学年）', '无']));
    // P03: 吴九 has moved away: the pairing ends, nobody takes it over.
    expect(texts).toContain('—（结束结对）');
    expect(texts.filter((t) => /^(移交人|接收人|统战部)/.test(t))).toEqual([
      '移交人（签字）：',
      '接收人（签字）：',
      '统战部（盖章）：',
    ]);
    expect(texts.filter((t) => t === '日期：')).toHaveLength(3);
  });

  test('the 交接单 prints on A4 portrait, one page wide, its print area its four columns', () => {
    const { page, cells } = planned(leader()).sheet;
    const lastRow = Math.max(...cells.map((cell) => cell.row));
    expect(page).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(page?.printArea).toEqual({ top: 1, left: 1, bottom: lastRow, right: 4 });
    expect(Math.max(...cells.map((cell) => cell.column))).toBe(4);
  });

  test('the 交接单 takes a name no sheet has', () => {
    expect(planned(leader(), {}, ['交接单-张三']).sheet.name).toBe('交接单-张三-2');
  });
});

describe('a leader leaving, end only', () => {
  test('the pairings end; no new pairing', () => {
    const result = planned(leader({ successor: undefined }));
    expect(result.newPairings).toEqual([]);
    expect(result.edits.filter((edit) => edit.header === '结束日期')).toHaveLength(3);
    expect(sheetTexts(result).filter((t) => t === '—（结束结对）')).toHaveLength(3);
  });
});

describe('a figure leaving', () => {
  test('gets the status; their pairings end on the day with 人士调离 (or 人士退休, or --reason)', () => {
    const request: HandoverRequest = { kind: 'figure', figure: 'F01', on: ON, status: '调离' };
    const result = planned(request);
    expect(editsOf(result)).toEqual([
      '党外代表人士 2 状态: 在职 → 调离',
      '结对关系 2 结束日期:  → 2026-11-30',
      '结对关系 2 变更原因:  → 人士调离',
    ]);
    expect(result.newPairings).toEqual([]);
    expect(result.sheet.name).toBe('交接单-李四');
    expect(editsOf(planned({ ...request, status: '退休' }))).toContain('结对关系 2 变更原因:  → 人士退休');
    expect(editsOf(planned({ ...request, reason: '赴外校任职' }))).toContain('结对关系 2 变更原因:  → 赴外校任职');
  });

  test('a figure already 调离 keeps the status cell; only the open pairing ends', () => {
    expect(editsOf(planned({ kind: 'figure', figure: '吴九', on: ON, status: '调离' }))).toEqual([
      '结对关系 4 结束日期:  → 2026-11-30',
      '结对关系 4 变更原因:  → 人士调离',
    ]);
  });
});

describe('refusals: one sentence, no plan', () => {
  const refused = (request: HandoverRequest, tables: Tables = {}): { kind: FailureKind; message: string } => {
    const result = plan(request, tables);
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };

  test.each<[string, HandoverRequest, Tables, FailureKind, string]>([
    [
      'an unknown leader',
      leader({ leader: '张叁' }),
      {},
      'handoverPersonUnknown',
      '「领导干部」中没有编号或姓名为“张叁”的人',
    ],
    [
      'an unknown figure',
      { kind: 'figure', figure: 'F99', on: ON, status: '退休' },
      {},
      'handoverPersonUnknown',
      '「党外代表人士」中没有编号或姓名为“F99”',
    ],
    ['an unknown successor', leader({ successor: '王六' }), {}, 'handoverPersonUnknown', '“王六”'],
    [
      'a name two leaders share',
      leader({ leader: '张三' }),
      { leaders: [...LEADERS, { ...LEADERS[1], leaderId: 'L05', name: '张三' } as Row] },
      'handoverNameAmbiguous',
      '有 2 人姓名为“张三”（编号 L01、L05）：请改用编号指定',
    ],
    [
      'a successor of another 层级',
      leader({ successor: '赵六' }),
      {},
      'handoverLevelMismatch',
      '接任干部“赵六”是校级干部，结对 P01 是院级结对',
    ],
    [
      'a day before a pairing’s start',
      leader({ on: '2026-02-28' as LocalDate }),
      {},
      'handoverBeforeStart',
      '交接日期 2026-02-28 早于结对 P01 的开始日期 2026-03-01',
    ],
    [
      'a leader who left before the day',
      leader({ leader: 'L04', on: '2026-07-15' as LocalDate }),
      {},
      'handoverAlreadyLeft',
      '干部“钱七”已于 2026-06-30 离任，早于交接日期 2026-07-15',
    ],
    [
      'the leaving leader as successor',
      leader({ successor: 'L01' }),
      {},
      'handoverSuccessorIsLeaver',
      '接任干部不能是离任干部本人',
    ],
    [
      'a successor who has left',
      leader({ successor: '钱七' }),
      {},
      'handoverSuccessorNotServing',
      '接任干部“钱七”的状态是离任',
    ],
    [
      'a successor already paired with the figure',
      leader(),
      {
        pairings: [
          ...PAIRINGS,
          { pairingId: 'P09', level: '院级', leaderId: 'L02', figureId: 'F01', start: '2026-09-01' },
        ],
      },
      'handoverAlreadyPaired',
      '接任干部“王五”已与“李四”结对（结对 P09）',
    ],
    [
      'contacts after the day',
      leader({ on: '2026-10-01' as LocalDate }),
      {},
      'handoverContactsAfter',
      '结对 P01 在交接日期 2026-10-01 之后还有联系记录（「联系记录」第 2 行，2026-10-10）',
    ],
  ])('%s', (_label, request, tables, kind, message) => {
    const error = refused(request, tables);
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(message);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  test('a column the handover must write, missing from its sheet', () => {
    const { raw, ledger } = ledgerOf();
    const sheets = raw.sheets.map((sheet) =>
      sheet.name !== '结对关系'
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((cells, index) =>
              index === 0
                ? cells?.map((cell) => (cell?.kind === 'text' && cell.text === '交接说明' ? undefined : cell))
                : cells,
            ),
          },
    );
    const result = handoverPlan({ ...raw, sheets }, ledger, leader(), { today: TODAY, sheetNames: [] });
    expect(!result.ok && result.error).toMatchObject({
      kind: 'handoverColumnMissing',
      message: expect.stringContaining('「结对关系」工作表缺少「交接说明」列'),
    });
  });
});
