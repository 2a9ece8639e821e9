/**
 * The request taxonomy (categories.jsonl): stable codes, which unit owns each kind of request,
 * and a keyword match that files a message under a level-3 category.
 *
 * The keywords are the category names themselves plus the everyday words residents use for
 * them, written from the taxonomy: nothing here is derived from the messages, so the evaluation
 * split stays untouched.
 */
import type { TaxonomyRow } from './sources.js';
import { WordFinder } from './word-finder.js';
import type { DemoCategory } from './types.js';

export interface CategoryRoute extends DemoCategory {
  /** A community matter: it lands at the building's grid and climbs from there. */
  local: boolean;
  /** The department the city turns to when the case reaches it (the owner, or a sensible one for local matters). */
  departmentKey: string | null;
}

/** Community matters: what the grid, the community and the property company handle first. */
const localCategories =
  /^城乡建设\/(城市建设和市政管理\/(园林绿化环卫|城管执法|居民服务设施|城市公共设施|其他|园林绿化|小区管理|环境卫生)|城乡规划\/违章建筑|住房保障与房地产\/(物业服务|修缮装修)|安全生产\/安全隐患)$|^环境保护\/环境污染\/噪音污染$|^民政\/基层选举和社区建设\/(社区建设|居委会选举|其他)$/;

/**
 * Which department answers for which part of the taxonomy, first match wins. Paths are
 * `level1/level2/level3`. A null department means the command centre handles the matter itself.
 */
const departmentRules: [RegExp, string | null][] = [
  [/^城乡建设\/城乡规划\//, '广州市规划和自然资源局'],
  [/\/安全生产\//, '广东省应急管理厅'],
  [/\/电力供应$/, '广东电网有限责任公司'],
  [/\/(公共汽车|地铁城铁)$/, '广东省交通运输厅'],
  [/\/住房公积金$/, '广州市住房和城乡建设局'],
  [/^城乡建设\//, '广州市住房和城乡建设局'],
  [/\/工会工作$/, '广东省总工会'],
  [/\/共青团工作$/, '中国共产主义青年团广东省委员会'],
  [/\/妇联工作$/, '广东省妇女联合会'],
  [/^党务政务\/宣传舆论\//, '中共广东省委宣传部（广东省新闻出版局、广东省版权局、广东省电影局）'],
  [/^党务政务\/民族宗教\//, '广东省民族宗教事务委员会'],
  [/^党务政务\/港澳台侨\//, '省侨联'],
  [/\/外交外事$/, '中共广东省委外事工作委员会办公室'],
  [/\/军事国防$/, '中共广东省委军民融合发展委员会办公室（广东省人民防空办公室）'],
  [/^党务政务\//, null],
  [/^国土资源\/海洋气象地震\/地震$/, '广东省地震局'],
  [/^国土资源\/海洋气象地震\/海洋$/, '自然资源部南海局'],
  [/^国土资源\/矿产资源管理\//, '广东省地质局'],
  [/^国土资源\//, '广东省自然资源厅'],
  [/^环境保护\//, '广州市生态环境局'],
  [/^交通运输\/邮政管理\//, '广东省邮政管理局'],
  [/^交通运输\//, '广东省交通运输厅'],
  [/\/(证券业监管|期货基金)$/, '中国证券监督管理委员会广东监管局'],
  [/\/保险业监管$/, '中国银保监会广东监管局'],
  [/\/税收征管$/, '国家税务总局广东省税务局'],
  [/\/财政收支$/, '广东省财政厅'],
  [/^经济管理\/(金融财税|保险证券期货)\//, '广东省地方金融监督管理局'],
  [/^经济管理\/(宏观调控|能源管理)\//, '广东省发展和改革委员会'],
  [/^经济管理\//, '广东省工业和信息化厅'],
  [/^科技与信息产业\/(电信|信息化建设)\//, '广东省工业和信息化厅'],
  [/^科技与信息产业\/知识产权\//, '广东省知识产权研究与发展中心(广东省知识产权维权援助中心)'],
  [/^科技与信息产业\//, '广东省科学技术厅'],
  [/^民政\/(复退安置|优抚)\//, '广东省退役军人事务厅'],
  [/^民政\/民间组织\//, '广东省社会组织管理局'],
  [/^民政\//, '广东省民政厅'],
  [/^农村农业\/(林业管理|草原草场|野生资源管理)\//, '广东省林业局'],
  [/^农村农业\/(水利水电|水库移民)\//, '广东省水利厅'],
  [/^农村农业\/农垦农场\//, '广东省农垦集团公司'],
  [/^农村农业\/农副产品流通\//, '广东省供销合作联社'],
  [/^农村农业\//, '广东省农业农村厅'],
  [/^商贸旅游\/旅游管理\//, '广东省文化和旅游厅'],
  [/^商贸旅游\/商业贸易\//, '广东省商务厅'],
  [/\/(出入境检验检疫|检验检疫)$/, '中华人民共和国海关总署广东分署'],
  [/^商贸旅游\//, '广东省市场监督管理局'],
  [/\/食品安全$/, '广东省市场监督管理局'],
  [/^卫生计生\/食品药品监管\//, '广东省药品监督管理局'],
  [/^卫生计生\//, '广东省卫生健康委员会'],
  [/\/消防安全$/, '广东省消防救援总队'],
  [/\/(劳动仲裁|人事仲裁)$/, '广州市人力资源和社会保障局'],
  [/^政法\/诉讼\//, '省检察院'],
  [/^政法\/(法律服务|法制建设|行政复议|刑罚执行|仲裁与调解)\//, '广州市司法局'],
  [/^政法\//, '广州市公安局'],
  [/^教育文体\/体育\//, '广东省体育局'],
  [/^教育文体\/(文化|文物管理)\//, '广东省文化和旅游厅'],
  [/^教育文体\//, '广州市教育局'],
  [/^劳动和社会保障\//, '广州市人力资源和社会保障局'],
  [/^纪检监察\//, null],
];

/** Everyday words for a level-3 category (keyed `level2/level3`, or `level3` alone where it is unambiguous). */
const synonyms: Record<string, string[]> = {
  事故处理: ['事故'],
  安全隐患: ['隐患', '危险', '坍塌', '倒塌', '脱落'],
  园林绿化环卫: ['环卫', '清扫', '保洁'],
  城管执法: ['城管', '占道经营', '摆摊', '摊贩', '占道', '乱摆'],
  居民服务设施: ['健身器材', '便民', '菜市场', '充电桩', '快递柜'],
  城市公共设施: ['路灯', '井盖', '公厕', '厕所', '垃圾桶', '护栏', '人行道', '红绿灯', '斑马线'],
  公共汽车: ['公交', '公交车', '公交站', '站台', '班车'],
  公园管理: ['公园', '广场舞'],
  冬季采暖: ['供暖', '暖气', '采暖', '供热', '集中供热'],
  园林绿化: ['绿化', '树木', '砍树', '草坪', '花坛'],
  地铁城铁: ['地铁', '轻轨', '城铁'],
  基础设施: ['道路', '修路', '下水道', '排水', '积水', '路面', '坑洼', '管网', '管道'],
  小区管理: ['小区', '业委会', '业主委员会', '停车位', '车位', '电梯', '门禁', '消防通道'],
  燃气供应: ['燃气', '天然气', '煤气', '液化气'],
  环境卫生: ['垃圾', '卫生', '脏乱', '臭味', '恶臭', '蚊虫', '老鼠'],
  电力供应: ['停电', '供电', '电压', '电网', '电费', '电线'],
  自来水供应: ['停水', '自来水', '水压', '供水', '水费', '水质', '饮用水'],
  '城乡规划/规划方案': ['规划', '控规', '规划方案'],
  违章建筑: ['违建', '违章', '私搭', '乱搭', '违法建设', '违法建筑', '加建', '搭建', '扩建'],
  容积挡光: ['采光', '挡光', '容积率', '日照', '遮挡'],
  历史名城保护: ['古建筑', '历史街区', '老街'],
  新农村建设: ['新农村', '美丽乡村', '乡村振兴'],
  小城镇建设: ['小城镇', '集镇'],
  施工安全: ['施工', '工地', '脚手架'],
  抗震防灾: ['抗震', '防灾'],
  '国有土地上房屋征收与补偿/房屋拆迁': ['拆迁', '强拆', '征收'],
  城镇危房改造: ['危房', '危楼'],
  '国有土地上房屋征收与补偿/安置补偿': ['拆迁补偿', '安置补偿', '补偿款'],
  '国有土地上房屋征收与补偿/回迁房': ['回迁', '还建'],
  '国有土地上房屋征收与补偿/棚户区和城中村改造': ['棚改', '棚户区', '城中村', '旧改', '老旧小区改造'],
  '集体土地上房屋拆迁与补偿/房屋拆迁': ['集体土地', '宅基地拆迁'],
  工程招投标: ['招标', '投标', '招投标'],
  拖欠工程款: ['工程款', '拖欠工程'],
  企业资质和执业资格: ['资质', '建造师'],
  住房公积金: ['公积金'],
  保障性住房: ['公租房', '廉租房', '保障房', '经适房', '经济适用房', '人才公寓'],
  物业服务: ['物业', '物业费', '物业公司'],
  房地产开发管理: ['开发商', '楼盘', '烂尾', '交房', '延期交房', '售楼', '商品房'],
  住房困难: ['无房', '住房困难'],
  修缮装修: ['装修', '漏水', '维修', '渗水', '外墙', '屋顶', '墙体开裂'],
  公房: ['公房', '单位宿舍'],
  '房产证登记、办理': ['房产证', '不动产证', '不动产登记', '产权证', '过户', '办证'],
  房屋租赁: ['租房', '租赁', '房租', '出租'],
  房屋补贴: ['购房补贴', '住房补贴'],
  房改政策: ['房改'],
  骗购: ['骗购'],
  组织建设: ['党员', '党组织', '支部'],
  作风建设: ['作风'],
  廉政建设: ['廉政'],
  宗教事务: ['宗教', '寺庙', '教堂'],
  精神文明建设: ['文明城市', '精神文明', '志愿者'],
  互联网信息监管: ['网络谣言', '网站', '不良信息'],
  人大工作: ['人大代表'],
  政协工作: ['政协'],
  '海洋气象地震/气象': ['天气', '气象', '暴雨', '台风'],
  '海洋气象地震/地震': ['地震'],
  矿产开采: ['采矿', '矿山', '挖沙', '采砂', '非法开采'],
  '土地征收/安置补偿': ['征地补偿', '征地款'],
  土地占地: ['占地', '征地', '占用土地'],
  失地农民保障: ['失地农民'],
  耕地保护: ['耕地', '基本农田', '毁田'],
  土地权属纠纷: ['土地纠纷', '土地确权', '山林纠纷'],
  环境执法: ['偷排', '排污', '环保执法'],
  噪音污染: ['噪音', '噪声', '扰民', '吵闹', '夜间施工'],
  大气污染: ['油烟', '粉尘', '扬尘', '废气', '焚烧', '烟尘', '空气污染'],
  水污染: ['污水', '水污染', '河水发黑', '黑臭'],
  固体污染: ['固废', '建筑垃圾', '倾倒'],
  电磁污染: ['基站', '辐射', '高压线'],
  土壤污染: ['土壤'],
  危险化学品污染: ['化工', '化学品'],
  未批先建: ['环评'],
  官僚主义: ['推诿', '不作为', '踢皮球'],
  形式主义: ['形式主义'],
  以权谋私: ['以权谋私', '徇私'],
  打击报复: ['打击报复'],
  玩忽职守: ['失职', '渎职'],
  行贿受贿索贿: ['受贿', '行贿', '索贿', '吃拿卡要'],
  贪污: ['贪污', '侵吞'],
  挪用公款: ['挪用'],
  网约车问题: ['网约车', '滴滴'],
  '出租车管理/行业监管': ['出租车', '的士', '拒载', '绕路'],
  '交通运输/出租车管理': ['出租车'],
  '建设管理/规划建设': ['修建公路', '高速公路', '高速', '国道', '省道'],
  '建设管理/设施维护': ['公路养护', '桥梁'],
  公路收费: ['收费站', '过路费'],
  旅客运输: ['客运', '长途车', '大巴'],
  货物运输: ['货车', '货运', '超载'],
  快递市场管理: ['快递', '物流'],
  '安全生产/安全生产管理': ['安全生产'],
  税收征管: ['纳税', '税务', '发票', '偷税', '逃税', '个税'],
  集资融资: ['集资', '融资', 'P2P', '理财'],
  非法经济活动: ['非法集资', '传销', '诈骗'],
  金融管理: ['银行', '贷款', '信用卡', '征信'],
  财政收支: ['财政', '补助资金', '专项资金'],
  企业改制: ['改制'],
  通信保障: ['信号', '网络', '宽带', '断网'],
  电信资费: ['话费', '流量费', '扣费'],
  运营商监管: ['移动公司', '联通', '电信公司'],
  知识产权保护: ['侵权', '专利', '盗版'],
  福利事业: ['福利院', '养老院', '敬老院', '老年人'],
  慈善捐助: ['慈善', '捐款', '募捐'],
  转业退伍安置: ['退伍', '转业', '退役军人'],
  社区建设: ['社区', '居委会', '网格员'],
  村委会选举: ['村委会选举', '村主任选举', '换届'],
  居委会选举: ['居委会选举'],
  社团登记: ['社团', '协会'],
  地名管理: ['门牌', '路名', '地名'],
  婚姻登记: ['结婚', '离婚', '婚姻登记'],
  殡葬管理: ['殡葬', '墓地', '公墓', '火化'],
  生活无着人员救助: ['流浪', '乞讨'],
  农村低保: ['农村低保'],
  城镇低保: ['低保'],
  医疗救助: ['医疗救助', '大病救助'],
  特困人员供养: ['特困', '五保'],
  老退役军人待遇: ['老兵'],
  评残及伤残抚恤: ['伤残军人', '抚恤'],
  集体资产管理: ['集体资产', '村集体'],
  村务公开: ['村务', '村干部'],
  集体财务公开: ['村财务', '账目公开'],
  疫情防控: ['非洲猪瘟', '禽流感', '防疫'],
  扶贫开发政策: ['扶贫', '贫困户', '精准扶贫'],
  粮食直补: ['种粮补贴', '粮食补贴'],
  农机农资补贴: ['农机补贴'],
  森林防火: ['森林防火', '山火'],
  采伐运输: ['砍伐', '采伐', '盗伐'],
  林权改革及权属纠纷: ['林权'],
  农资价格质量: ['化肥', '农药', '种子'],
  防汛抗旱: ['防汛', '抗旱', '洪水', '内涝'],
  江河湖治理: ['河道', '河流', '湖泊', '水库'],
  水事纠纷: ['灌溉', '水渠'],
  宅基地纠纷: ['宅基地'],
  土地承包: ['土地承包', '承包地'],
  土地流转: ['土地流转'],
  野生动植物保护: ['野生动物', '捕鸟', '候鸟'],
  景区管理: ['景区', '景点', '门票'],
  旅游市场管理: ['旅行社', '导游', '旅游'],
  商标管理: ['商标'],
  不正当竞争: ['不正当竞争', '垄断'],
  商品质量: ['假冒', '伪劣', '质量问题'],
  广告监管: ['广告', '虚假宣传'],
  中介机构管理: ['中介'],
  传销: ['传销'],
  物价监督: ['物价', '涨价', '乱收费', '价格'],
  特种设备管理: ['特种设备', '锅炉', '电梯安全'],
  产品质量监控: ['产品质量'],
  疾病预防控制: ['疫苗', '传染病', '疾控', '狂犬'],
  突发公共卫生事件处理: ['疫情', '新冠', '肺炎'],
  计划生育服务管理: ['计生', '计划生育', '准生证'],
  独生子女父母奖励政策: ['独生子女'],
  失独家庭: ['失独'],
  人口政策: ['二孩', '生育政策'],
  食品安全: ['食品', '过期', '餐馆', '外卖', '食物中毒', '小吃'],
  药品和医疗器械管理: ['药品', '药店', '医疗器械'],
  保健品化妆品管理: ['保健品', '化妆品'],
  患者权益: ['患者', '病人'],
  医疗事故争议: ['医疗事故', '误诊'],
  医疗技术和服务: ['医院', '医生', '看病', '就医', '挂号'],
  非法行医: ['黑诊所', '非法行医'],
  医疗收费: ['医疗费', '医药费', '收费'],
  医疗机构管理: ['诊所', '卫生院'],
  律师: ['律师'],
  法律援助: ['法律援助'],
  公证: ['公证'],
  司法鉴定: ['鉴定'],
  户籍管理: ['户口', '户籍', '落户', '迁户'],
  出入境管理: ['护照', '签证', '港澳通行证'],
  身份证管理: ['身份证'],
  流动人口管理: ['居住证', '暂住证'],
  交通事故: ['车祸', '交通事故', '撞'],
  机动车和驾驶员管理: ['驾照', '驾驶证', '车牌', '年检', '驾校'],
  交通安全管理: ['交通', '违停', '乱停', '超速', '交警', '渣土车', '电动车'],
  警务执法: ['派出所', '警察', '民警', '出警'],
  黄赌毒: ['赌博', '吸毒', '卖淫', '黄赌毒'],
  治安案件: ['打架', '盗窃', '偷', '治安', '打人', '殴打'],
  打黑除恶: ['黑恶', '涉黑', '扫黑'],
  消防安全: ['消防', '火灾', '失火', '起火'],
  走私贩私: ['走私'],
  案件侦破: ['报案', '破案', '立案'],
  民事诉讼: ['起诉', '法院', '判决', '执行'],
  社区矫正: ['社区矫正'],
  劳动仲裁: ['劳动仲裁', '仲裁'],
  司法调解: ['调解'],
  '教师队伍和待遇/工资福利': ['教师工资', '教师待遇', '绩效工资'],
  师资力量: ['老师', '教师'],
  原民办代课教师: ['代课教师', '民办教师'],
  学生负担: ['作业', '补课', '减负'],
  教学管理: ['教学', '课程', '上课'],
  学历学位学籍管理: ['学籍', '学历', '学位', '毕业证'],
  校园安全: ['校园', '校车', '霸凌'],
  民办学校: ['民办学校', '私立学校'],
  校外机构管理: ['培训机构', '辅导班'],
  乱收费: ['学校收费', '乱收费', '补课费', '资料费'],
  教育资源配置: ['学位', '入学', '学区', '就近入学', '划片'],
  异地升学: ['异地高考', '随迁子女'],
  招生录取: ['招生', '录取', '中考', '高考', '幼儿园', '小学', '初中'],
  教育救助: ['助学金', '贫困生', '资助'],
  体育事业: ['体育', '运动场', '体育馆', '篮球场'],
  公共文化: ['图书馆', '文化馆', '博物馆', '电影'],
  文化市场与文化执法: ['网吧', '歌厅', 'KTV'],
  文物保护: ['文物', '古迹'],
  城乡居民养老保险: ['城乡居民养老', '新农保'],
  城镇居民医疗保险: ['居民医保', '医保'],
  新农村合作医疗: ['新农合', '农村合作医疗'],
  职工养老保险: ['养老保险', '养老金', '社保'],
  职工工伤保险: ['工伤'],
  职工生育保险: ['生育保险', '生育津贴'],
  职工医疗保险: ['职工医保', '医疗保险'],
  职工失业保险: ['失业保险', '失业金'],
  工资发放: ['工资', '欠薪', '拖欠工资', '讨薪'],
  最低工资标准: ['最低工资'],
  福利待遇: ['福利', '高温补贴'],
  就业和再就业: ['就业', '招聘', '失业', '再就业', '创业'],
  职业培训: ['职业培训', '技能培训'],
  职业技能鉴定: ['职业资格', '技能鉴定'],
  工作时间和休息休假: ['加班', '休假', '年假'],
  劳动合同纠纷: ['劳动合同', '合同'],
  非法用工: ['童工', '非法用工'],
  农民工权益: ['农民工'],
  劳务派遣纠纷: ['劳务派遣', '派遣'],
  辞职辞退: ['辞退', '开除', '辞职', '裁员'],
  退休人员待遇: ['退休待遇', '退休人员'],
  退休政策: ['退休', '延迟退休'],
  退休金发放: ['退休金', '退休工资'],
  病退及提前退休人员待遇: ['提前退休', '病退'],
};

/** Level-1 words, for a message no level-3 keyword catches. */
const level1Words: Record<string, string[]> = {
  城乡建设: ['小区', '房', '楼', '建设', '道路', '城市'],
  环境保护: ['环境', '污染', '环保'],
  交通运输: ['交通', '运输', '车'],
  经济管理: ['企业', '公司', '经济'],
  科技与信息产业: ['科技', '信息', '网络'],
  民政: ['民政', '救助', '社区'],
  农村农业: ['农村', '农民', '农业', '村'],
  商贸旅游: ['商家', '商户', '消费', '市场'],
  卫生计生: ['医院', '卫生', '医疗'],
  政法: ['派出所', '公安', '法院', '法律'],
  教育文体: ['学校', '教育', '学生', '孩子'],
  劳动和社会保障: ['工资', '社保', '职工', '员工', '单位'],
  党务政务: ['政府', '党员', '干部'],
  纪检监察: ['举报', '干部'],
  国土资源: ['土地', '国土'],
};

const pad = (index: number) => String(index + 1).padStart(2, '0');

/**
 * Codes by position: level 1 in order of first appearance in the file, level 2 within its level 1,
 * level 3 within its level 2. The file never reorders, so codes stay stable.
 */
export function buildCategories(rows: readonly TaxonomyRow[], departmentKeyByName: ReadonlyMap<string, string>): CategoryRoute[] {
  const level1Index = new Map<string, number>();
  const level2Index = new Map<string, number>();
  const level3Count = new Map<string, number>();
  return rows.map((row) => {
    if (!level1Index.has(row.level1)) level1Index.set(row.level1, level1Index.size);
    const level1Count = [...level2Index.keys()].filter((key) => key.startsWith(`${row.level1}/`)).length;
    const level2Key = `${row.level1}/${row.level2}`;
    if (!level2Index.has(level2Key)) level2Index.set(level2Key, level1Count);
    const position = level3Count.get(level2Key) ?? 0;
    level3Count.set(level2Key, position + 1);

    const path = `${level2Key}/${row.level3}`;
    const rule = departmentRules.find(([pattern]) => pattern.test(path));
    let departmentKey: string | null = null;
    if (rule?.[1]) {
      departmentKey = departmentKeyByName.get(rule[1]) ?? null;
      if (!departmentKey) throw new Error(`the taxonomy routes ${path} to an unknown department: ${rule[1]}`);
    }
    const local = localCategories.test(path);
    return {
      code: `${pad(level1Index.get(row.level1) ?? 0)}.${pad(level2Index.get(level2Key) ?? 0)}.${pad(position)}`,
      level1: row.level1,
      level2: row.level2,
      level3: row.level3,
      ownerKey: local ? null : departmentKey,
      local,
      departmentKey,
    };
  });
}

export interface CategoryMatch {
  category: CategoryRoute;
  /** False when no keyword matched and the category is a fallback. */
  matched: boolean;
}

/** Files messages under level-3 categories by the words they use. */
export class CategoryMatcher {
  /** For each word, the categories (by position) that use it. */
  private readonly categoriesByWord = new Map<string, number[]>();
  private readonly finder: WordFinder;
  private readonly fallbackByLevel1 = new Map<string, CategoryRoute>();
  private readonly fallback: CategoryRoute;

  constructor(private readonly categories: readonly CategoryRoute[]) {
    categories.forEach((category, position) => {
      for (const word of wordsFor(category)) {
        const list = this.categoriesByWord.get(word) ?? [];
        list.push(position);
        this.categoriesByWord.set(word, list);
      }
      if (category.level2 === '其他' && category.level3 === '其他') this.fallbackByLevel1.set(category.level1, category);
    });
    this.finder = new WordFinder(this.categoriesByWord.keys());
    const fallback = this.fallbackByLevel1.get('城乡建设') ?? categories[0];
    if (!fallback) throw new Error('the taxonomy is empty');
    this.fallback = fallback;
  }

  /**
   * The best level-3 category for a message: words in the subject count three times those in the
   * body, longer words more than short ones; ties go to the earlier row. A known level 1 narrows
   * the choice to its categories.
   */
  match(subject: string, body: string, level1: string | null = null): CategoryMatch {
    const scores = new Map<number, number>();
    const add = (words: Set<string>, weight: number) => {
      for (const word of words) {
        for (const position of this.categoriesByWord.get(word) ?? []) {
          scores.set(position, (scores.get(position) ?? 0) + weight * word.length);
        }
      }
    };
    add(this.finder.find(subject), 3);
    add(this.finder.find(body), 1);

    let best: CategoryRoute | null = null;
    let bestScore = 0;
    let bestPosition = Infinity;
    for (const [position, score] of scores) {
      const category = this.categories[position];
      if (!category || (level1 && category.level1 !== level1)) continue;
      if (score > bestScore || (score === bestScore && position < bestPosition)) {
        best = category;
        bestScore = score;
        bestPosition = position;
      }
    }
    if (best) return { category: best, matched: true };
    const chosenLevel1 = level1 ?? this.guessLevel1(`${subject}${body}`);
    return { category: (chosenLevel1 && this.fallbackByLevel1.get(chosenLevel1)) || this.fallback, matched: false };
  }

  private guessLevel1(text: string): string | null {
    let best: string | null = null;
    let bestHits = 0;
    for (const [level1, words] of Object.entries(level1Words)) {
      const hits = words.filter((word) => text.includes(word)).length;
      if (hits > bestHits) {
        best = level1;
        bestHits = hits;
      }
    }
    return best;
  }
}

function wordsFor(category: CategoryRoute): string[] {
  const words = new Set<string>();
  if (category.level3 !== '其他' && category.level3.length >= 2) {
    words.add(category.level3);
    for (const part of category.level3.split(/[和及、与]/)) if (part.length >= 2) words.add(part);
  }
  for (const key of [`${category.level2}/${category.level3}`, category.level3]) {
    for (const word of synonyms[key] ?? []) words.add(word);
  }
  return [...words];
}
