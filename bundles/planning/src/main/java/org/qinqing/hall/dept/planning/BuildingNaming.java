package org.qinqing.hall.dept.planning;

import java.util.List;
import org.qinqing.hall.spi.Application;
import org.qinqing.hall.spi.ApprovalHandler;
import org.qinqing.hall.spi.Finding;
import org.qinqing.hall.spi.IssuedDocument;

/**
 * 建筑物名称命名 (《地名管理条例》): names use the national common language and script — Chinese
 * characters and digits, no Latin letters — and do not borrow foreign place names.
 */
final class BuildingNaming implements ApprovalHandler {
    static final String[] FOREIGN = {"曼哈顿", "威尼斯", "维也纳", "巴黎", "罗马", "加州", "香榭丽舍"};

    @Override
    public List<Finding> review(Application a) {
        String name = a.text("proposedName");
        if (!name.matches("[\\u4e00-\\u9fa50-9]+")) {
            return List.of(Finding.field("proposedName", "地名应当使用国家通用语言文字，不得使用外文字母或符号"));
        }
        for (String f : FOREIGN) {
            if (name.contains(f)) {
                return List.of(Finding.field("proposedName", "不得使用外国地名“" + f + "”命名"));
            }
        }
        return List.of();
    }

    @Override
    public List<IssuedDocument> issue(Application a) {
        return List.of(IssuedDocument.of("building-name-approval", "建筑物名称核准通知书")
                .text("同意" + a.text("location") + "的建筑物命名为“" + a.text("proposedName") + "”。")
                .build());
    }
}
