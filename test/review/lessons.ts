/** Fresh lessons for the review tests: a beekeeping talk, its terms written in dictionary form and used inflected. */

export const BEEKEEPING = `# 🐝 养蜂入门对谈 英语段落翻译

本文共 **3 个语义单元**，将全部翻译。

---

(1) [02:10-02:31] **Honestly, she swarmed twice last June. After that we kept tabs on every hive, and the colony bounced back.**

说实话，去年六月它分蜂了两次。之后我们密切关注每个蜂箱，蜂群也恢复过来了。

解析：
* **swarm** /swɔːrm/：动词，分蜂 🔥
* **keep tabs on** /kiːp tæbz ɒn/：短语，密切关注 🔥
* **bounce back** /baʊns bæk/：短语动词，恢复过来 🔥

---

(2) [02:31-02:50]

**{So [when the nectar flow (finally) kicks in], you're basically racing [to add supers].}**

所以当流蜜期终于开始时，你基本上是在争分夺秒地加继箱。

解析：
* **nectar flow** /ˈnektər floʊ/：名词，流蜜期 🔥
* **kick in** 🔥：短语动词，开始生效
* **race** /reɪs/：动词，争分夺秒

---

(3) [02:50-03:05] **We kept tabs on the queen too.**

我们也密切关注蜂王。

解析：
* **keep tabs on**：短语，密切关注 🔥
* **brood** /bruːd/：名词，幼虫（本句未出现）

---
`;

/** A second lesson that uses `keep tabs on` too, in another sentence. */
export const HIVE_CHECKS = `# 🐝 蜂箱检查 英语段落翻译

---

(1) [00:05-00:20] **Keeping tabs on the mites is half the job.**

盯紧螨虫是一半的工作。

解析：
* **keep tabs on**：短语，密切关注 🔥

---
`;

/** A lesson whose translation and English carry inline emphasis, as model-written lessons often do. */
export const KILN_NOTES = `# 🏺 窑炉笔记 英语段落翻译

---

(1) [00:40-01:02] **The glaze *pooled* at the foot, so we had to grind it off. Next time, wax the base first.**

釉在底足处**积釉**了，所以我们只好把它磨掉。下次先给**底部上蜡**。

解析：
* **pool** /puːl/：动词，（釉）积聚 🔥
* **grind off** /ɡraɪnd ɒf/：短语动词，磨掉 🔥

---
`;
