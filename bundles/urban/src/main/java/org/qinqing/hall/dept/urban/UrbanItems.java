package org.qinqing.hall.dept.urban;

/** Item codes and shared vault kinds of 南山区城市管理和综合执法局. */
final class UrbanItems {
    static final String SIGNBOARD = "urban-signboard";
    static final String OUTDOOR_ADVERTISING = "urban-outdoor-advertising";
    static final String TEMPORARY_ADVERTISING = "urban-temporary-advertising";
    static final String SANITATION_FACILITY_REMOVAL = "urban-sanitation-facility-removal";
    static final String LIGHTING_RELOCATION = "urban-lighting-relocation";
    static final String COMPLAINT = "urban-complaint";
    static final String ROAD_EXCAVATION = "urban-road-excavation";
    static final String ROAD_OCCUPATION = "urban-road-occupation";
    static final String GREEN_SPACE_OCCUPATION = "urban-green-space-occupation";
    static final String TREE_FELLING = "urban-tree-felling";
    static final String PARK_EVENT = "urban-park-event";
    static final String CONSTRUCTION_WASTE_DISPOSAL = "urban-construction-waste-disposal";
    static final String CONSTRUCTION_WASTE_TRANSPORT = "urban-construction-waste-transport";
    static final String KITCHEN_WASTE_REGISTRATION = "urban-kitchen-waste-registration";
    static final String WASTE_COLLECTION_LICENCE = "urban-waste-collection-licence";
    static final String BULKY_WASTE = "urban-bulky-waste";

    /** Vault kind of the 户外招牌设置 permit. */
    static final String SIGNBOARD_KIND = "signboard-permit";

    static final String SANITATION_REGULATION = "《城市市容和环境卫生管理条例》";
    static final String ROAD_REGULATION = "《城市道路管理条例》";
    static final String GREENING_REGULATION = "《城市绿化条例》";
    static final String SHENZHEN_SANITATION = "《深圳经济特区市容和环境卫生管理条例》";
    static final String SHENZHEN_WASTE = "《深圳市生活垃圾分类管理条例》";

    private UrbanItems() {
    }
}
