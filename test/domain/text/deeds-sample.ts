/**
 * A realistic 主要事迹 of a woman scientist, drafted the way contacts draft it in Word: Chinese prose with
 * English terms, project codes, years, percentages and journal names. Word's 字数统计 counts it as the
 * sum of its East Asian characters and its runs of other characters; counting every character instead
 * would take it past the 1000 字 limit.
 */
export const DEEDS_SAMPLE = [
  '张华同志现任北京某研究院人工智能与生物医药交叉研究中心主任、研究员、博士生导师，IEEE Senior Member，长期从事医学影像AI、蛋白质结构预测和CAR-T细胞治疗数据分析研究。2008年从Stanford University获得博士学位后，她放弃海外offer回国创业，20余年扎根科研一线，带领团队攻克多项“卡脖子”关键技术难题。',
  '一是勇攀科技高峰。她主持国家重点研发计划项目2项（2019YFB1404800、2021YFF1200300）、国家自然科学基金重点项目1项、北京市科技计划项目3项，牵头建设“医学影像智能分析”北京市重点实验室。团队自主研发的DeepLesion-X算法在MICCAI 2021、RSNA 2022等国际挑战赛中获得第1名，肺结节检出灵敏度达到97.3%，假阳性率降低42.5%，相关成果发表于Nature Communications、IEEE Transactions on Medical Imaging、The Lancet Digital Health等期刊，累计发表SCI论文86篇，H-index为41，获授权发明专利37项，其中PCT国际专利9项，制定行业标准2项（T/CAMDI 045-2020、YY/T 1833.2-2022）。',
  '二是推动成果转化。她坚持“把论文写在祖国大地上”，推动12项专利实现转化，合同金额超过1.2亿元。基于5G和云计算的远程影像诊断平台已在北京、河北、内蒙古等8个省区市的326家基层医院部署应用，累计服务患者超过460万人次，基层医院诊断准确率平均提高18.6个百分点，让群众在“家门口”就能享受三甲医院水平的诊断服务。新冠疫情期间，她带领团队72小时上线COVID-19 CT智能辅助诊断系统，在小汤山医院等42家定点医院使用，日均处理影像3.5万例。',
  '三是培养青年人才。她先后培养博士、硕士研究生53名，其中女性研究生占58%，多人入选国家级青年人才计划。她发起“她力量·AI for Science”女科技工作者成长计划，组织workshop和mentor结对活动60余场，覆盖女青年科技工作者2000余人次。她还担任中国图象图形学学会女科技工作者工作委员会副主任、Medical Image Analysis副主编。',
  '四是服务首都发展。她积极参与“北京智造”“北京服务”品牌建设，作为专家参与编制《北京市促进人工智能与医药健康融合发展行动方案（2023—2025年）》，为中关村国家自主创新示范区的30余家科技型中小企业提供技术咨询，助力企业获得A轮、B轮融资合计5.6亿元。她先后荣获全国三八红旗手、北京市“最美科技工作者”、中国青年女科学家奖、吴文俊人工智能科学技术奖一等奖等荣誉，是新时代首都女性科技工作者的优秀代表。',
].join('\n');
