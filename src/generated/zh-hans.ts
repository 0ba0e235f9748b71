// generated — do not edit. `npm run generate` writes this file from data/annotations.json and data/article.txt.

import type { LocaleForms } from '../types/index.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/** The simplified-Chinese forms and notes, as `zhHans` of `beijing-digital-economy/locale/zh-Hans` gives them. */
export const ZH_HANS_FORMS: LocaleForms = /*#__PURE__*/ deepFreeze({
  "code": "zh-Hans",
  "article": "bjnews-2020-09-05-beijing-digital-economy",
  "metadata": {
    "section": {
      "text": "国际新闻",
      "provenance": {
        "kind": "translated",
        "note": "The site’s section label “World News”."
      }
    },
    "roles": {
      "reporter": {
        "text": "记者",
        "provenance": {
          "kind": "translated"
        }
      },
      "editor": {
        "text": "编辑",
        "provenance": {
          "kind": "translated"
        }
      },
      "proofreader": {
        "text": "校对",
        "provenance": {
          "kind": "translated"
        }
      }
    }
  },
  "entities": {
    "jilin": {
      "name": {
        "text": "吉林",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "北京市政协举办研讨会学习贯彻中央政协工作会议精神吉林出席",
            "url": "http://cppcc.china.com.cn/2019-11/05/content_75374993.htm",
            "excerpt": "北京市政协主席吉林出席"
          }
        }
      },
      "role": {
        "text": "北京市政协主席",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "北京市政协举办研讨会学习贯彻中央政协工作会议精神吉林出席",
            "url": "http://cppcc.china.com.cn/2019-11/05/content_75374993.htm",
            "excerpt": "北京市政协主席吉林出席"
          }
        }
      }
    },
    "huang-xinyu": {
      "name": {
        "text": "Huang Xinyu",
        "provenance": {
          "kind": "pinyin",
          "reason": "A reporter known to this package only by the Pinyin of the English translation; no page read writes the name in characters, and characters are never guessed for a person’s name."
        }
      },
      "role": {
        "text": "新京报贝壳财经记者",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "wang-jinyu": {
      "name": {
        "text": "Wang Jinyu",
        "provenance": {
          "kind": "pinyin",
          "reason": "An editor known to this package only by the Pinyin of the English translation; no page read writes the name in characters, and characters are never guessed for a person’s name."
        }
      },
      "role": {
        "text": "编辑",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "zhao-lin": {
      "name": {
        "text": "Zhao Lin",
        "provenance": {
          "kind": "pinyin",
          "reason": "A proofreader known to this package only by the Pinyin of the English translation; no page read writes the name in characters, and characters are never guessed for a person’s name."
        }
      },
      "role": {
        "text": "校对",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "xi-jinping": {
      "name": {
        "text": "习近平",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "关于北京市“十四五”规划纲要编制工作若干问题专题调研工作情况的报告",
            "url": "http://www.bjrd.gov.cn/rdzl/rdllysjhk/202003q/202003ztgz/202101/t20210111_2211221.html",
            "excerpt": "习近平总书记反复强调"
          }
        }
      },
      "role": {
        "text": "总书记",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "关于北京市“十四五”规划纲要编制工作若干问题专题调研工作情况的报告",
            "url": "http://www.bjrd.gov.cn/rdzl/rdllysjhk/202003q/202003ztgz/202101/t20210111_2211221.html",
            "excerpt": "习近平总书记反复强调"
          }
        }
      }
    },
    "beijing": {
      "name": {
        "text": "北京",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "关于北京市“十四五”规划纲要编制工作若干问题专题调研工作情况的报告",
            "url": "http://www.bjrd.gov.cn/rdzl/rdllysjhk/202003q/202003ztgz/202101/t20210111_2211221.html",
            "excerpt": "市人大常委会围绕北京市“十四五”规划纲要编制工作若干问题开展专题调研"
          }
        }
      }
    },
    "zhongguancun-software-park": {
      "name": {
        "text": "中关村软件园",
        "provenance": {
          "kind": "translated",
          "note": "No page read writes the name in simplified characters; pages in traditional characters write 中關村軟件園 (e.g. http://tre306.cn/hangye/2021/0824/461531.html), given here in simplified characters."
        }
      },
      "role": {
        "text": "高新技术产业园区，国家软件产业基地和国家软件出口基地",
        "provenance": {
          "kind": "translated",
          "note": "The same traditional-character page names the park’s titles “國家軟件產業基地” and “國家軟件出口基地”."
        }
      }
    },
    "beijing-cppcc": {
      "name": {
        "text": "北京市政协",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "魏小东当选北京市政协主席",
            "url": "http://www.bjzx.gov.cn/ztzl/zxqh/zxh2022/ttxw202201/202201/t20220109_39073.html",
            "excerpt": "魏小东当选北京市政协主席"
          }
        }
      }
    },
    "beijing-municipal-party-committee": {
      "name": {
        "text": "中共北京市委",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "中国人民政治协商会议北京市第十四届委员会常务委员会工作报告",
            "url": "http://www.beijing.gov.cn/gongkai/jihua/bg/202401/t20240131_3549571.html",
            "excerpt": "在中共北京市委的坚强领导下,团结奋斗,勇毅前行"
          }
        }
      }
    },
    "beijing-municipal-government": {
      "name": {
        "text": "北京市人民政府",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "政府工作报告——2024年1月21日在北京市第十六届人民代表大会第二次会议上 (bilingual, with REPORT ON THE WORK OF THE GOVERNMENT)",
            "url": "https://wb.beijing.gov.cn/home/gjjwzx/xxzl/202402/t20240204_3556554.html",
            "excerpt": "现在,我代表北京市人民政府,向大会报告政府工作,请予审议,并请市政协委员提出意见。"
          }
        }
      }
    },
    "state-council": {
      "name": {
        "text": "国务院",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "关于北京市中小企业发展情况的报告(书面)",
            "url": "https://www.bjrd.gov.cn/rdzl/rdcwhgb/ssljrdcwhgb202406/202505/t20250519_4092491.html",
            "excerpt": "全市深入贯彻党中央、国务院关于促进中小企业高质量发展的部署要求"
          }
        }
      },
      "role": {
        "text": "全国大城市营商环境评价方",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "beijing-news": {
      "name": {
        "text": "新京报",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "新京报网 (bjnews.com.cn), the Beijing News’s own site: report revisiting the Tengger Desert pollution case the paper broke in 2014 (the copy read shows no title)",
            "url": "https://www.bjnews.com.cn/detail/1701081884129036.html",
            "excerpt": "新京报2014年9月6日以《沙漠之殇》为题,独家报道了腾格里沙漠污染事件"
          }
        }
      },
      "role": {
        "text": "出版方",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "shell-finance": {
      "name": {
        "text": "贝壳财经",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "新京报网 (bjnews.com.cn), the Beijing News’s own site: monthly report on the 贝壳财经 · 中诚信 indices (the copy read shows no title; no stored page writes “新京报贝壳财经” with an address of its own)",
            "url": "https://www.bjnews.com.cn/detail/1695607476129664.html",
            "excerpt": "贝壳财经中诚信美丽中国ESG指数下跌6.47%"
          }
        }
      },
      "role": {
        "text": "新京报财经报道部门",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "beijing-digital-technology-enterprise-yunji": {
      "name": {
        "text": "北京数字科技企业“Yunji”",
        "provenance": {
          "kind": "translated",
          "note": "The description is translated and “Yunji” kept in Pinyin, set off in quotation marks as Chinese writing sets off a name it cannot give in characters: the Chinese original is not part of the source, and which characters “Yunji” stands for (or whether it is a name at all; it may be 云集, see the entity’s notes) is not known, so none are guessed."
        }
      },
      "role": {
        "text": "暂读作榜单上的一家企业，但原文或许并未指称任何企业，详见注释",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "xiaomi": {
      "name": {
        "text": "小米",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "小米上市一周年告别“北漂” 耗资超46亿元的北京新总部于今日正式启用",
            "url": "http://www.midoo.cc/renwu/62874.html",
            "excerpt": "小米上市一周年告别“北漂”"
          }
        }
      }
    },
    "meituan": {
      "name": {
        "text": "美团",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "投资界 (pedaily.cn): article on where Beijing's internet companies began and moved (the copy read shows no title)",
            "url": "https://m.pedaily.cn/news/473527",
            "excerpt": "美团也诞生在这儿"
          }
        }
      }
    },
    "baidu": {
      "name": {
        "text": "百度",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "投资界 (pedaily.cn): article on where Beijing's internet companies began and moved (the copy read shows no title)",
            "url": "https://m.pedaily.cn/news/473527",
            "excerpt": "李彦宏则在北大资源宾馆创立了百度"
          }
        }
      }
    },
    "china-top-500-big-data-companies-2019": {
      "name": {
        "text": "2019中国大数据企业500强",
        "provenance": {
          "kind": "translated",
          "note": "The list’s own Chinese title was not found in any page read; this is the package’s rendering of the English."
        }
      },
      "role": {
        "text": "大数据企业排行榜",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "digital-trade-forum": {
      "name": {
        "text": "数字贸易发展趋势和前沿高峰论坛",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "江南时报 (jntimes.cn): report of 7 September 2020 on the digital economy at the 2020 service trade fair (the copy read shows no title)",
            "url": "http://www.jntimes.cn/zdzx/202009/t20200907_6793811.shtml",
            "excerpt": "在“数字贸易发展趋势和前沿高峰论坛”上,多位政府高级官员、学界大佬就数字经济、数字贸易发表真知灼见。"
          }
        }
      },
      "role": {
        "text": "9月5日举行的论坛；报道所引数据来自吉林在此的介绍",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "service-trade-fair": {
      "name": {
        "text": "中国国际服务贸易交易会",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "Trade fair refreshes economy / 2020年服贸会:全球服务,互惠共享",
            "url": "https://m.i21st.cn/story/3583.html",
            "excerpt": "以“全球服务,互惠共享”为主题的2020年中国国际服务贸易交易会(简称“服贸会”)9月4日在北京开幕"
          }
        }
      },
      "shortName": {
        "text": "服贸会",
        "provenance": {
          "kind": "attested",
          "source": {
            "title": "以数字贸易引领贸易创新发展——二〇二二年服贸会论坛聚焦数字贸易发展新趋势",
            "url": "http://mrdx.cn/h5/mrdx/content/20220902/Articel06003GN.htm",
            "excerpt": "二〇二二年服贸会论坛聚焦数字贸易发展新趋势"
          }
        }
      }
    },
    "jinping-important-speech": {
      "name": {
        "text": "习近平总书记重要讲话",
        "provenance": {
          "kind": "translated",
          "note": "The text does not say which speech; the English renders the set phrase 贯彻落实…重要讲话精神 (outside knowledge)."
        }
      },
      "kind": {
        "text": "讲话",
        "provenance": {
          "kind": "translated",
          "note": "A speech, which the data files as an `event`: the general Chinese word for that kind, 活动, does not fit a speech."
        }
      },
      "role": {
        "text": "北京已深入贯彻落实其精神",
        "provenance": {
          "kind": "translated"
        }
      }
    }
  },
  "statistics": {
    "digital-economy-share-of-gdp-2019": {
      "label": {
        "text": "数字经济占GDP比重",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "数字经济占GDP的比重",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "digital-economy-share-of-gdp-national-rank-2019": {
      "label": {
        "text": "数字经济占GDP比重的全国排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "数字经济占GDP比重在全国的排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "全国",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "service-trade-volume-2019": {
      "label": {
        "text": "服务贸易进出口总额",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "服务贸易进出口总额",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "service-trade-share-of-national-2019": {
      "label": {
        "text": "占全国服务贸易的比重",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "占全国服务贸易总额的比重",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "service-trade-global-rank": {
      "label": {
        "text": "服务贸易全球排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "在全球服务贸易国家和地区中的排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "全球服务贸易国家和地区",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "zhongguancun-software-park-headquarters": {
      "label": {
        "text": "中关村软件园内的企业总部和研发中心",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "园区内国内外知名IT企业总部和全球研发中心",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "企业总部和全球研发中心",
        "provenance": {
          "kind": "translated"
        },
        "classifier": "家"
      }
    },
    "zhongguancun-software-park-output-2019": {
      "label": {
        "text": "中关村软件园企业总产值",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "园区企业总产值",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "big-data-top-500-beijing-companies-2019": {
      "label": {
        "text": "入选“2019中国大数据企业500强”的北京企业",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "入选榜单的北京企业数",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "企业",
        "provenance": {
          "kind": "translated"
        },
        "classifier": "家"
      },
      "via": {
        "text": "“2019中国大数据企业500强”榜单",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "big-data-top-500-national-share-2019": {
      "label": {
        "text": "北京企业占“2019中国大数据企业500强”的比重",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "占全国上榜企业的比重",
        "provenance": {
          "kind": "translated"
        }
      },
      "via": {
        "text": "“2019中国大数据企业500强”榜单",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "big-data-top-500-national-rank-2019": {
      "label": {
        "text": "“2019中国大数据企业500强”上榜企业数的全国排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "上榜企业数在全国的排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "全国",
        "provenance": {
          "kind": "translated"
        }
      },
      "via": {
        "text": "“2019中国大数据企业500强”榜单",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "industrial-enterprises-cloud-platform-access-rate": {
      "label": {
        "text": "规模以上工业企业上云上平台率",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "全市规模以上工业企业上云上平台率",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "business-environment-national-rank": {
      "label": {
        "text": "国务院全国大城市营商环境评价排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "在国务院全国大城市营商环境评价中的排名",
        "provenance": {
          "kind": "translated"
        }
      },
      "unitOf": {
        "text": "全国大城市",
        "provenance": {
          "kind": "translated"
        }
      },
      "via": {
        "text": "国务院全国大城市营商环境评价",
        "provenance": {
          "kind": "translated"
        }
      }
    },
    "business-environment-first-place-years": {
      "label": {
        "text": "营商环境评价连续排名第一的年数",
        "provenance": {
          "kind": "translated"
        }
      },
      "measure": {
        "text": "在国务院营商环境评价中连续排名第一的年数",
        "provenance": {
          "kind": "translated"
        }
      },
      "via": {
        "text": "国务院全国大城市营商环境评价",
        "provenance": {
          "kind": "translated"
        }
      }
    }
  },
  "policies": {
    "new-business-forms-and-models-opinions": {
      "title": {
        "text": "关于加快培育壮大新业态新模式促进北京经济高质量发展的若干意见",
        "provenance": {
          "kind": "translated",
          "note": "The official Chinese title was not found in any page read; this is the package’s rendering of the English title."
        }
      },
      "focusAreas": [
        {
          "text": "新基建",
          "provenance": {
            "kind": "translated"
          }
        },
        {
          "text": "新场景",
          "provenance": {
            "kind": "translated"
          }
        },
        {
          "text": "新消费",
          "provenance": {
            "kind": "translated"
          }
        },
        {
          "text": "新开放",
          "provenance": {
            "kind": "translated"
          }
        },
        {
          "text": "新服务",
          "provenance": {
            "kind": "translated"
          }
        }
      ]
    },
    "digital-economy-1-plus-3-policy-system": {
      "title": {
        "text": "促进数字经济创新发展“1+3”政策体系",
        "provenance": {
          "kind": "translated",
          "note": "A rendering of the English title; a page read (https://m.zhangyue.com/readbook/13097285/7.html) writes of Beijing’s “1+3”的政策体系 for the digital economy in 2020, but not this title."
        }
      }
    }
  },
  "notes": {
    "1aosqlx": "“World News”是转载这篇译文的网站所加的栏目标签，并非新京报的栏目；正文对此未作说明。依据：这一标签位于标题之上，正如该网站的评论表单位于署名之下；而报道本身的电头是“Beijing News Shell Finance News”。外部知识：正文所取自的网页开头也是“World News”（见元数据中的“来源”一项）。",
    "1wpr0me": "正文并未说明自己是译文，也未说明译自何种语言。“译自中文”是从报道本身读出的：人名用拼音（Huang Xinyu、Wang Jinyu、Zhao Lin），金额以元计，还有若干短语是中文固定说法的逐字直译（“six-stable, six-guarantee”“above designated size”“double cycles”“cloud and platform access”）。外部知识：新京报是一份中文日报。",
    "10gwq0e": "新京报被认定为原报道的出版方，依据是电头（“Beijing News Shell Finance News”）和署名（“Beijing News Shell Finance reporter”）。英文文本由一家正文未提及名称的网站转载；该网站系根据正文以外的信息查明，记于元数据中的“来源”一项。",
    "ngzaa": "这是转载译文的网站所加的栏目标签，并非新京报的栏目（见元数据“栏目”一项的说明；该网站系根据正文以外的信息查明，记于元数据中的“来源”一项）。",
    "1260qdw": "此处的“Jilin”被理解为人名，而非吉林省：正文给了他职衔（“Jilin, Chairman of the Beijing CPPCC”），并以“he”指称他。",
    "jj54cd": "译文把这个姓名连写成一个词“Jilin”，与吉林省的拼写相同。按拼音的通常写法，姓在前，且与名分写，应作“Ji Lin”，已列为别名；名称仍照正文的写法（依本数据包处理译文中讹误人名的规则）。",
    "kffeij": "标题以“Jilin:”把这一说法归于吉林；“Last year”即2019年，与导语一致。",
    "1xs8qbu": "本实体的“称号”一项只列出“a national science and technology innovation center”，这是正文在吉林的表述中给北京的定位（正文第6段吉林的间接引语：“Jilin stated that as a national science and technology innovation center, …”），因此是报道所转述的吉林的话。导语中的“Beijing has become a highland for innovation and development of the national digital economy”不是称号，而是吉林的一种说法（导语中吉林的间接引语），不予列入。",
    "11ev8cq": "“新京报财经报道部门”是一种解读：正文只是把两个名称并列（“Beijing News Shell Finance News”“Beijing News Shell Finance reporter”）。外部知识：贝壳财经是新京报在自己网站上使用的名称（“贝壳财经中诚信美丽中国……指数”，https://www.bjnews.com.cn/detail/1695607476129664.html）；说它是该报的财经新闻品牌，依据是其署名行（“新京报贝壳财经记者……编辑……校对……”），而这种署名行只见于没有独立网址可引的报道转载本。",
    "1dezfql": "这一角色说明只依导语：导语说论坛在“September 5”举行，并说其中的数字是“according to the introduction of Jilin”；至于吉林在论坛上发表了讲话，则是正文并未说明的一种解读。正文也没有给出年份：2020年是随报道日期一并推断的（见元数据中的“出版日期”一项）。",
    "4d88f1": "这一名称是该论坛中文名称的逐字直译（外部知识：数字贸易发展趋势和前沿高峰论坛）。外部知识：其官方英文名称（列为别名）和日期见《布达佩斯时报》的一篇报道（https://www.budapesttimes.hu/world/create-a-new-digital-economy-future-through-global-cooperation/）：该论坛于9月5日上午在国家会议中心举行。",
    "1k8i3ac": "导语中的“the Service Trade Association”指的是一个组织，而此处应是一场展会：理解为对末段所称“the Service Trade Fair”的误译，而不是另一个机构。论坛举办于展会期间，而不会举办于一个协会。依本数据包处理译文中讹误名称的规则，这一误译的形式仍作为一次提及，而不列为别名。外部知识：该展会即中国国际服务贸易交易会（简称服贸会），其通常的英文名称列为别名，2020年9月4日至9日在北京举办（新华社，http://en.people.cn/n3/2020/0903/c90000-9747353.html）；简称中的“会”既可理解为“协会”，也可理解为“交易会”。",
    "1ddzan": "别名是正文所写“Beijing CPPCC”的展开形式。外部知识：这是该机构的官方英文名称，见北京市人民政府外事办公室网站上2024年1月21日的双语政府工作报告（https://wb.beijing.gov.cn/home/gjjwzx/xxzl/202402/t20240204_3556554.html）。",
    "lrjj1y": "第二句承接“according to the introduction of Jilin”，没有新的来源，因此也视为吉林的话。",
    "n0no9e": "“according to the introduction of Jilin”译自一种常见的转述说法（外部知识：“据吉林介绍”）；并没有人被“介绍”。",
    "1hum1q0": "“a highland for innovation and development”译自官方用语“高地”（外部知识），指领先的中心或枢纽，并非地势高的地方。",
    "1042jdm": "导语作“accounted for GDP in 2019 The proportion exceeds 50%”，是译文中两句粘连的病句。按标题的说法，理解为2019年数字经济占GDP的比重超过50%。",
    "rrv3mz": "正文没有说明这一比重按什么口径计算（哪些活动算作数字经济、依据谁的核算）；这一数字出自吉林。外部知识：按国家统计口径，2019年北京数字经济增加值占GDP的比重为38%，这是北京市经济和信息化局在2021年1月公布的（新华社，2021年1月12日；一份繁体字转载本见http://m.fzxysj.com/xwzx/hg/202101/t20210112_6129596.html，引文略去该页在部分汉字后所加的拼音：“按照國家統計口徑,2019年,北京數字經濟增加值超1.3萬億元,占GDP比重達38%”）。因此“超过50%”并非官方统计数字；与官方数字比较时须注明这一点。",
    "19gevi4": "正文没有说明北京是在什么范围内排名第一；大概是指全国各省级行政区，按与上述比重同样未加说明的口径排名（见“数字经济占GDP比重”一项关于口径的说明）。",
    "1kuh36b": "第二句承接“According to Jilin’s disclosure”，没有新的来源，因此也视为吉林的话。",
    "1naodrv": "“According to Jilin’s disclosure”译自一个常见的报道用词（外部知识：“据吉林透露”），末段的“Jilin revealed”也是如此；并不意味着有什么秘密。",
    "1j4rso": "这是对所述数字的推算，并非正文给出的数字：超过1600亿美元约占20%，意味着全国总额超过约8000亿美元（1600÷0.2）。正文没有给出全国总额。",
    "1kq7si": "归于吉林：这句话紧接他在同一段中的介绍，且未提及其他来源。",
    "66axsv": "正文没有给出年份；这句话紧跟在2019年的数字之后。",
    "1srdktg": "“In a horizontal comparison”译自中文说法“横向比较”（外部知识），意为与同一时期的同类对象相比，此处即与其他国家和地区相比，与“水平方向”无关。",
    "zy9fkd": "归于吉林系推断。这句话是记者的叙述，没有任何引语记录涵盖它：段末的“Jilin said”只管该句之后的那句直接引语。之所以归于他，是因为报道把各项数字都呈现为吉林在论坛上介绍的内容（导语：“according to the introduction of Jilin”），且这句话未提及其他来源；它也可能是记者自己补充的背景。",
    "2jqykh": "“more than 600 headquarters of well-known IT companies at home and abroad and global R&D centers”既可理解为总部与研发中心合计超过600家（计数单位采用这一读法），也可理解为600多家总部，另有正文未计数的若干研发中心。",
    "rgpm75": "写入本项标识符、标签和来源榜单名称中的“500”存疑：22家企业恰好是50家榜单的44%，却只占500家的4.4%。标识符和标签仍照正文保留“500”；另见“北京企业占‘2019中国大数据企业500强’的比重”一项的说明。",
    "ejj73d": "归于吉林系推断。这句话是记者的叙述，没有任何引语记录涵盖它。之所以归于他，是因为报道把各项数字都呈现为吉林在论坛上介绍的内容（导语：“according to the introduction of Jilin”），且这句话未提及其他来源；它也可能是记者自己补充的背景。",
    "1duu7io": "时期取自榜单名称中的年份，即“2019 China Top 500 Big Data Companies”：正文没有说明该榜单是按企业2019年的数据排名，还是在2019年依据更早的数据发布的。",
    "1yehwd6": "按译文的字面保留为一个实体，但这几个词有几种读法：一家公司的名称；一个描述语（“北京数字科技企业”）加上名称“Yunji”；对四家公司的总括描述（“北京数字科技企业 Yunji、小米、美团、百度”）；两家公司，即“北京数字科技企业”和“Yunji”，中间的逗号在翻译中丢失；或者根本不指任何公司。最后一种读法依据外部知识：“Yunji”可能是“云集”的拼音（词典释义：“云集”取“如云般密集汇聚”的比喻义，https://xuexi.yuesha.com/hanyu/pquomqQ=.html），即“北京数字科技企业云集”，意为北京的数字科技企业聚集于此。中文原文不在来源之内。",
    "vyz0af": "“企业”这一类别是暂定的：只有在“Yunji”是名称的读法下才成立。按“云集”的读法（外部知识，见另一条说明），这几个词并不指任何公司，这句话点名的北京企业只有小米、美团和百度。保留这一实体，是为了让这几个词仍有锚定，它们的疑点也随之保留。",
    "11sijfg": "“500”存疑。22家企业恰好是50家的44%，却只占500家的4.4%，因此这句话本身的数字指向一份50家的榜单（“50强”），“500”更可能是笔误。名称、标识符和各项标签仍照正文保留“500”；另见“北京企业占‘2019中国大数据企业500强’的比重”一项的说明。",
    "xfu5r8": "500家榜单中的22家企业占4.4%，而不是44%。可能的解读有：“500”是笔误，榜单实为50家，22家恰占44%（这句话本身的数字最支持这一解读）；44%是4.4%之误；22是220之误（500的44%）；或者这一比重的基数是正文没有说明的其他对象。正文没有说明是哪一种，因此保留所述的44%，标识符和标签中的“500”也照样保留。",
    "7ntkmz": "正文没有说明北京是在什么范围内排名第一；大概是指按上榜企业数在全国各省级行政区中排名。",
    "lhddac": "第二句承接“According to Jilin”，没有新的来源，因此也视为吉林的话。",
    "1itvjte": "第一句之后的几句承接“Jilin said that”，没有新的来源，因此也视为吉林的话。",
    "1ccr4sk": "归于吉林：这句话承接以“Jilin said that”开头的那一段。",
    "58ke78": "正文说的是“access rates”（复数），却只给出一个数字：是一个合并的比率，还是两项比率都超过40%，正文没有说明。正文也没有给出年份。",
    "2169s1": "“industrial enterprises above designated size”译自中国统计术语“规模以上工业企业”（外部知识：指年主营业务收入2000万元及以上的工业企业），并非正文指定了某种规模。",
    "stvkuq": "“cloud and platform access”译自固定说法“上云上平台”（外部知识：指企业把系统迁上云服务、接入工业互联网平台），并非接入某一朵云和某一个平台。",
    "1wqm38p": "正文没有说明是哪两年；大概是2020年9月之前的两次评价。",
    "18x2m1l": "第二句承接“Jilin stated that”，没有新的来源，因此也视为吉林的话。",
    "1xml7r2": "译文的第二句没有主语（“Promote the formation of …”）。",
    "cv4ptm": "这句话把所译的提法弄乱了：它把“domestic and international cycles”说成主体，而在这一政策中（外部知识：“以国内大循环为主体、国内国际双循环相互促进”，2020年），只有国内循环是主体，国内和国际两个循环相互促进。“double cycles”是这一政策名称的逐字直译。",
    "arbamh": "“under the new situation”译自一个固定说法（外部知识：“新形势下”），“high-quality urban development”则译自另一个说法（外部知识：“高质量发展”，即质量优先于速度的发展）；二者都不应按字面理解。",
    "11yt4t4": "译文作“General Secretary Jinping”，漏掉了姓氏“习”。名称仍照正文的写法，全名列为别名（依本数据包处理译文中讹误人名的规则）。",
    "33bnk6": "此人系依据外部知识认定，正文并未点明：2020年的中共中央总书记是习近平。正文只写了“General Secretary Jinping”。",
    "1q86oxl": "正文没有说明是哪一次讲话，也没有说明讲话的时间和地点。外部知识：“implemented the spirit of … important speech”译自官方固定说法“贯彻落实……重要讲话精神”，泛指领导人讲话的指导精神；中文的“讲话”不分单复数，可能指多次讲话。",
    "945dty": "年份2020年系推断：正文说“June 10 this year”，而报道发表于2020年9月。",
    "njhnla": "正文在句中把“New openings”的首字母大写；本数据包的英文数据把它与其余四个重点领域一样以小写列出。这几个词也是字面直译（外部知识：“新开放”，即本数据包的中文形式），指对外开放的新举措，而不是新开的店铺或新的空缺职位。",
    "vacppf": "标题中的“New Business Forms”和句中的“new business formats”译自同一个中文词（外部知识：“新业态”，即新的商业形态）。这句话还有两句粘连之处（“and new services put forward practical measures”）：理解为由《意见》及配套文件提出各项措施。",
    "c8rmnv": "“new infrastructure”译自一个政策用语（外部知识：“新基建”，即“新型基础设施建设”的简称），指5G网络、数据中心、工业互联网等数字基础设施，而非道路桥梁。这一概念由2018年12月的中央经济工作会议首次提出（一篇论文摘要，https://scholarmate.com/S/igHx1k：“2018年12月,中央经济工作会议首次提出新型基础设施建设的概念”），在2020年备受关注。",
    "1lm3oep": "正文写的是“the Beijing Municipal Party Committee and Municipal Government”，“北京”二字视为同时修饰市委和市政府。",
    "1mp6n6t": "把这句引语关联到《意见》是一种解读：“This”被理解为引语之前几句所报道的《意见》及其措施；引语本身并未点明。",
    "v25lcw": "“six-stable, six-guarantee”译自两组政策提法（外部知识）。“六稳”即稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，由2018年7月31日的中央政治局会议提出（http://taiwan.cn/xwzx/PoliticsNews/201808/t20180803_12043525.htm：“稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期——会议提出的六个‘稳’字备受关注”）。“六保”即保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转，由2020年4月17日的中央政治局会议首次提出（http://www.ce.cn/xwzx/gnsz/szyw/202004/24/t20200424_34775732.shtml：“首提‘六保’:保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转”）。译文把它们和“market-oriented reform”连在一起，而市场化改革是另一项目标。",
    "kgoeaa": "“the transformation of economic kinetic energy”译自固定说法“经济动能转换”（外部知识：以新的增长动力替代旧的增长动力），与物理学无关。",
    "kqyf3g": "年份2020年系推断：正文中的“September 7th”尚未到来（“will issue”），而报道发表于2020年9月。",
    "9lo275": "正文没有说明这一政策体系中的“1”和“3”分别指什么，也没有说明由北京的哪个机构发布。外部知识：一本关于北京数字经济的书（https://m.zhangyue.com/readbook/13097285/7.html）称“1”为《北京市促进数字经济创新发展行动纲要（2020—2022年）》，“3”为数字贸易试验区、数据跨境流动安全管理试点和北京国际大数据交易所的实施方案（“打造数字贸易试验区、建设数据跨境流动安全管理试点和设立北京国际大数据交易所,制定实施方案”）；书中没有说明由哪个机构发布。",
    "14xusdx": "译文把这句引语引了两次：先是“he believes that”，接着又是“I believe”。“play a good demonstrative effect and leading role”译自一个固定说法（外部知识：“发挥好示范引领作用”）。",
    "13qkxlu": "把这句引语关联到两项政策是一种解读：它回应的是“these policies and measures that have been introduced or are in the process of being introduced”，被理解为指本文的两项政策，即6月10日已出台的《意见》和正在出台的“1+3”政策体系。",
    "bdyq4c": "这是转载译文的网站的评论表单，不属于新京报的报道。外部知识：“Leave a Reply”和“Your email address will not be published. Required fields are marked *”是WordPress评论表单的默认文字。"
  },
  "measureWords": {
    "headquarters and global R&D centers": "家",
    "companies": "家"
  }
});
